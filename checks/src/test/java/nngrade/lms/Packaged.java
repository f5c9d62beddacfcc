package nngrade.lms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the integration tests drive: the packaged grader (target/nngrade.jar, made by mvn package
 * before the integration tests run) and the programs it writes, each run as a process of its own.
 */
final class Packaged {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path JAR = ROOT.resolve("checks/target/nngrade.jar");
    static final Path EXAMPLES = ROOT.resolve("examples/submissions");
    private static final long MINUTES = 15;

    private Packaged() {
    }

    /** What a process did. */
    record Ran(int exitCode, String output) {
    }

    /** Runs the instructor's grader: {@code java -jar nngrade.jar ARGS}, from the project folder. */
    static Ran nngrade(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java().toString(), "-Dnngrade.home=" + ROOT, "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        return run(command, ROOT, Map.of());
    }

    /**
     * @param env variables to set; a PATH given here replaces the inherited one
     * @return the exit code and the merged standard output and error
     */
    static Ran run(List<String> command, Path dir, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish in " + MINUTES + " minutes: " + command);
        }
        return new Ran(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** @return the java of the JDK running the tests */
    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** @return a folder holding a link to java and nothing else: a PATH with only java on it */
    static Path onlyJava(Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("only-java"));
        Path link = bin.resolve("java");
        if (!Files.exists(link)) {
            Files.createSymbolicLink(link, java());
        }
        return bin;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * @return the score table's lines, "problem earned / possible", in order: what two runs must
     *     agree on (times and the header differ)
     */
    static List<String> scoreTable(String output) {
        return output.lines().filter(l -> l.matches("^[a-z_]+\\.[a-z_0-9]+ +-?\\d+\\.\\d\\d / \\S+.*"))
                .map(l -> String.join(" ", List.of(l.split(" +")).subList(0, 4)))
                .toList();
    }
}
