package nngrade.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nngrade.submission.Compilation;
import nngrade.submission.CompileError;
import nngrade.submission.FallbackCompiler;
import nngrade.submission.SetAside;

/**
 * The compile worker JVM: compiles submissions' sources against the contract, one request (a JSON
 * line) at a time, and stays warm between them (a warm javac compiles a submission in about a
 * fifth of a second, a cold one in more than one). Sources are hostile data: javac never runs
 * them (no annotation processing), but a crafted file can make it take minutes or all its
 * memory, so this runs in a process of its own that the parent kills at the submission's time
 * limit, with the submission's heap.
 */
public final class CompileWorker {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Compile {@code sources} into {@code work}, the template's files standing in for broken ones. */
    record Request(String sources, String template, String work) {
    }

    /**
     * What compiling gave: the classes, the sentences on files set aside (trouble) and on template
     * files filled in (information), or the error that made compiling impossible.
     */
    record Answer(String classes, List<String> setAside, List<String> info, String error) {

        static Answer failed(String error) {
            return new Answer(null, List.of(), List.of(), error);
        }
    }

    private CompileWorker() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            Request r = JSON.readValue(line, Request.class);
            Answer a;
            try {
                Compilation c = FallbackCompiler.compile(Path.of(r.sources()), Path.of(r.template()), Path.of(r.work()));
                a = new Answer(c.classes().toString(), c.setAside().stream().map(SetAside::toString).toList(),
                        c.missingNote().stream().toList(), null);
            } catch (CompileError e) {
                a = Answer.failed(e.getMessage());
            } catch (IOException | RuntimeException e) {
                a = Answer.failed("cannot read the submission: " + e.getMessage());
            }
            answers.println(JSON.writeValueAsString(a));
        }
    }
}
