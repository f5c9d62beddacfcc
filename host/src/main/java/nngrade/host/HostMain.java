package nngrade.host;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nngrade.problems.Solutions;

/**
 * The submission's JVM: loads the compiled submission, says which problems it has not started,
 * then serves the examiner's calls until told to stop. Its class path holds the JDK, the
 * contract and this package, nothing else.
 *
 * <p>Arguments: the channel file (created by the examiner), the folder of the submission's
 * classes. What the submission prints is captured, capped, and handed to the examiner as text;
 * the JVM's own complaints (running out of memory, say) go to the real standard error, which
 * the examiner reads.
 */
public final class HostMain {

    /** What the submission may print per check before the rest is cut. */
    static final int OUTPUT_CAP = 2048;

    private HostMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--train")) {
            Training.run();
            return;
        }
        PrintStream jvmErr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        CappedOutput printed = new CappedOutput(OUTPUT_CAP);
        PrintStream captured = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);
        // The doorbells: the examiner rings on standard input, this side rings on standard output.
        PipeDoorbell bell = new PipeDoorbell(new FileInputStream(FileDescriptor.in),
                new FileOutputStream(FileDescriptor.out));
        Channel.Patience whileExaminerLives = () -> {
            if (bell.ended()) {
                Runtime.getRuntime().halt(0); // the examiner is gone: nothing is left to serve
            }
        };
        Channel channel = Channel.open(Path.of(args[0]), Integer.MAX_VALUE - 16, Channel.HOST, bell, bell);
        URL classes = Path.of(args[1]).toUri().toURL();
        WireOutput out = new WireOutput(null);
        boolean confined = SubmissionPolicy.install(classes);
        CallStopper stopper = new CallStopper(channel);
        stopper.start(); // before the submission's code runs: its threads are not the host's
        awaitLoad(channel, out, whileExaminerLives);
        Solutions submission;
        try {
            submission = load(classes);
        } catch (Throwable e) {
            out.begin(Wire.FATAL).writeString(String.valueOf(describe(e)));
            channel.send(out.bytes(), out.length(), whileExaminerLives);
            Runtime.getRuntime().halt(0);
            return;
        }
        List<String> notStarted = NotStarted.problemsOf(submission);
        out.begin(Wire.HELLO).writeByte(confined ? 1 : 0).writeInt(notStarted.size());
        notStarted.forEach(out::writeString);
        channel.send(out.bytes(), out.length(), whileExaminerLives);
        try {
            new CallServer(channel, submission, printed, whileExaminerLives, false, stopper).serve();
        } catch (Throwable e) {
            jvmErr.println("nngrade host: " + e);
            Runtime.getRuntime().halt(3);
        }
    }

    /** Says the JVM is up ({@link Wire#UP}) and waits until the examiner has listed its threads. */
    private static void awaitLoad(Channel channel, WireOutput out, Channel.Patience patience) {
        out.begin(Wire.UP);
        channel.send(out.bytes(), out.length(), patience);
        byte[] answer = channel.receive(patience);
        if (channel.receivedLength() != 1 || answer[0] != Wire.LOAD) {
            throw new IllegalStateException("the examiner broke the protocol at start");
        }
    }

    @SuppressWarnings("resource") // the loader lives as long as the submission's objects
    private static Solutions load(URL classes) throws ReflectiveOperationException {
        ClassLoader loader = new URLClassLoader("submission", new URL[] {classes}, new ContractOnlyLoader());
        Class<?> type;
        try {
            type = Class.forName(Solutions.SUBMISSION_CLASS, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no class " + Solutions.SUBMISSION_CLASS
                    + ": keep the template's StudentSolutions class and its package");
        }
        if (!Solutions.class.isAssignableFrom(type)) {
            throw new IllegalStateException(Solutions.SUBMISSION_CLASS + " does not implement " + Solutions.class.getName());
        }
        try {
            return (Solutions) type.getDeclaredConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(Solutions.SUBMISSION_CLASS + " needs a public no-argument constructor");
        }
    }

    private static String describe(Throwable e) {
        Throwable cause = e instanceof java.lang.reflect.InvocationTargetException || e instanceof ExceptionInInitializerError
                ? e.getCause() : e;
        if (cause == null) {
            cause = e;
        }
        String message = cause.getMessage();
        String text = cause instanceof IllegalStateException ? message
                : Solutions.SUBMISSION_CLASS + " could not be created: " + cause.getClass().getName()
                        + (message == null ? "" : ": " + message);
        return text.length() > Wire.MAX_TEXT ? text.substring(0, Wire.MAX_TEXT) + " ..." : text;
    }
}
