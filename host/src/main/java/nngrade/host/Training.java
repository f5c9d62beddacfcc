package nngrade.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
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
        } finally {
            try (var walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (UncheckedIOException e) {
                // a leftover in the temp folder of the build
            }
        }
    }
}
