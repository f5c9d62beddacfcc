package nngrade.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nngrade.problems.Solutions;
import nngrade.problems.activations.Activation;

/**
 * The run from which the host's class-data archive is made when the grader is packaged
 * ({@code -XX:ArchiveClassesAtExit}): it loads the classes a host loads on every start (the call
 * server, the wire format, the channel, the contract, and the JDK classes they use), so that a
 * host starts from the archive in about half the time. No submission is involved.
 */
final class Training {

    private Training() {
    }

    @SuppressWarnings("removal")
    static void run() throws IOException {
        Path folder = Files.createTempDirectory("nngrade-train");
        try {
            Path file = folder.resolve("channel");
            Channel.createFile(file, 4096);
            try (Channel channel = Channel.open(file, 1 << 20, Channel.HOST, new ThreadDoorbell(), new ThreadDoorbell());
                    URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, new ContractOnlyLoader())) {
                WireOutput out = new WireOutput(null);
                out.begin(Wire.RETURN).writeValue(new double[][] {{1, 2}, {3}}, double[][].class)
                        .writeValue(List.of(1, "a"), List.class).writeValue(true, boolean.class);
                WireInput in = new WireInput(null).begin(out.bytes(), out.length());
                in.readByte();
                in.readValue(double[][].class);
                in.readValue(List.class);
                MirroredRandom.class.getName();
                Proxy.newProxyInstance(Activation.class.getClassLoader(), new Class<?>[] {Activation.class},
                        new RemoteCallback(null, 0));
                MethodKeys.of(Activation.class.getMethods()[0]);
                new Random(1).nextGaussian();
                channel.receivedLength();
                loader.getParent();
            }
            new SecurityManager(); // its classes, not installed: that would print the JDK's warning into the build
            serveAFewCalls(folder.resolve("served"));
        } finally {
            try (var walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (UncheckedIOException e) {
                // a leftover in the temp folder of the build
            }
        }
    }

    /**
     * Has a call server answer the messages a check sends, the way the examiner sends them, so
     * that the archive also holds what serving loads: the rest of the contract, the call server,
     * its references and copies, and the JDK's reflection and method handles behind them. The
     * server is a loopback one, on a thread of this JVM, serving an object of the host's own.
     */
    private static void serveAFewCalls(Path file) throws IOException {
        Channel.createFile(file, Wire.BUFFER);
        ThreadDoorbell examinerBell = new ThreadDoorbell();
        ThreadDoorbell hostBell = new ThreadDoorbell();
        Thread server = LoopbackHost.serve(file, new StepOnly(), examinerBell, hostBell);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Channel.Patience patience = () -> { // the build fails rather than hangs if the protocol has changed
            if (!server.isAlive() || System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("the training's call server stopped answering");
            }
        };
        try (Channel examiner = Channel.open(file, Wire.MAX_MESSAGE, Channel.EXAMINER, examinerBell, hostBell)) {
            examiner.receive(patience); // HELLO
            WireOutput out = new WireOutput(null);
            Method step = method(Solutions.class, "step");
            Method forward = method(Activation.class, "forward", double[].class);
            call(out.begin(Wire.CALL), 0, step);
            exchange(examiner, out, patience);
            call(out.begin(Wire.CALL), 1, forward, new double[] {-1, 0, 2});
            exchange(examiner, out, patience);
            out.begin(Wire.BATCH).writeInt(2);
            for (double x : new double[] {-3, 4}) {
                WireOutput one = new WireOutput(null);
                call(one.begin(Wire.CALL), 1, forward, new double[] {x});
                out.writeBytes(one.bytes(), one.length());
            }
            exchange(examiner, out, patience);
            exchange(examiner, out.begin(Wire.RESET), patience);
            out.begin(Wire.SHUTDOWN);
            examiner.send(out.bytes(), out.length(), patience);
        }
    }

    /** Writes a call after the message's kind: no kept arrays changed, then the call. */
    private static void call(WireOutput out, int handle, Method method, Object... args) {
        out.writeInt(0).writeCall(handle, method, args);
    }

    private static void exchange(Channel examiner, WireOutput out, Channel.Patience patience) {
        examiner.send(out.bytes(), out.length(), patience);
        examiner.receive(patience);
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A submission of the host's own that has done act.step only: every other problem is not started. */
    private static final class StepOnly implements Solutions {
        @Override
        public Activation step() {
            return new Activation() {
                @Override
                public double[] forward(double[] x) {
                    double[] y = new double[x.length];
                    for (int i = 0; i < x.length; i++) {
                        y[i] = x[i] > 0 ? 1 : 0;
                    }
                    return y;
                }

                @Override
                public double[] backward(double[] x, double[] dy) {
                    return new double[x.length];
                }
            };
        }
    }
}
