package nngrade.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import nngrade.engine.CheckObserver;
import nngrade.engine.CheckResult;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.problems.Catalogue;
import nngrade.problems.Solutions;
import nngrade.reference.ReferenceSolutions;
import nngrade.submission.CompileError;
import nngrade.submission.SubmissionLoader;

/**
 * The child JVM of a batch: loads one compiled submission in the sandbox and runs the checks on
 * it, reporting each check's start and end to the parent. It computes no score: the parent
 * scores only what it receives here, check by check.
 *
 * <p>Arguments: classes-dir token seed instructor(true|false) check-timeout-ms problems(comma list
 * or -) excluded-keys-file(or -).
 */
public final class GradingChild {

    /** What the submission may print per check before the rest is cut. */
    static final int OUTPUT_CAP_BYTES = 2048;

    private final PrintStream channel;
    private final String token;
    private final ObjectMapper json = new ObjectMapper();

    private GradingChild(PrintStream channel, String token) {
        this.channel = channel;
        this.token = token;
    }

    public static void main(String[] args) throws IOException {
        // Keep the real standard output for the parent before anything can replace it.
        PrintStream channel = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        OutputCapture capture = new OutputCapture(OUTPUT_CAP_BYTES);
        PrintStream captured = new PrintStream(capture, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);
        GradingChild child = new GradingChild(channel, args[1]);
        Path classes = Path.of(args[0]);
        Sandbox.install(classes.toUri().toURL());
        Solutions submission;
        try {
            submission = SubmissionLoader.instantiate(classes);
        } catch (CompileError e) {
            child.send(new ChildMessage("fatal", "", "ERROR", e.getMessage(), e.getMessage(), capture.drain(), 0));
            System.exit(0);
            return;
        }
        GradeRequest request = new GradeRequest(submission, new ReferenceSolutions(), problems(args[5]),
                Long.parseLong(args[2]), Boolean.parseBoolean(args[3]), Duration.ofMillis(Long.parseLong(args[4])),
                excluded(args[6]));
        new Grader(Catalogue.load()).grade(request, child.observer(capture));
        child.send(new ChildMessage("done", "", "", "", "", "", 0));
        System.exit(0); // ends threads the submission may have left running
    }

    private CheckObserver observer(OutputCapture capture) {
        return new CheckObserver() {
            @Override
            public void started(String problemId, String checkName) {
                capture.drain();
                send(new ChildMessage("start", CheckResult.key(problemId, checkName), "", "", "", "", 0));
            }

            @Override
            public void finished(CheckResult r) {
                send(new ChildMessage("end", r.key(), r.status().name(), r.summary(), r.detail(), capture.drain(),
                        r.millis()));
            }
        };
    }

    private synchronized void send(ChildMessage m) {
        try {
            channel.println(token + json.writeValueAsString(m));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> problems(String arg) {
        return arg.equals("-") ? Set.of() : new HashSet<>(Arrays.asList(arg.split(",")));
    }

    private static Set<String> excluded(String arg) throws IOException {
        return arg.equals("-") ? Set.of() : new HashSet<>(Files.readAllLines(Path.of(arg), StandardCharsets.UTF_8));
    }
}
