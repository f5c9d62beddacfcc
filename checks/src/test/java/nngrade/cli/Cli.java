package nngrade.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * nngrade's command line run as a process, as a person runs it: its own JVM, its exit code, what
 * it prints, and a temporary directory of its own, so a test can see everything it leaves there.
 */
final class Cli {

    static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    static final Path TEMPLATE = HOME.resolve("student-template/src/main/java");
    private static final long TIMEOUT_MINUTES = 10;

    /** What a run did. */
    record Run(int exitCode, String stdout, String stderr) {
        String all() {
            return stdout + stderr;
        }
    }

    private final Path tmp;

    /** @param tmp the temporary directory of every process this starts */
    Cli(Path tmp) {
        this.tmp = tmp;
    }

    /** @return the finished run of {@code nngrade args...} */
    Run run(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp.getParent(), "stdout", ".txt");
        Path err = Files.createTempFile(tmp.getParent(), "stderr", ".txt");
        try {
            Process p = builder(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("nngrade " + String.join(" ", args) + " did not end");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** @return the process builder of {@code nngrade args...}, not started */
    ProcessBuilder builder(String... args) throws IOException {
        Files.createDirectories(tmp);
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Djava.io.tmpdir=" + tmp, "-Dnngrade.home=" + HOME, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command);
        b.environment().put("LC_ALL", "C.UTF-8"); // ids are file names: read them as UTF-8, as ./nngrade does
        return b;
    }

    /** @return the entries of this runner's temporary directory */
    List<String> tmpEntries() throws IOException {
        Files.createDirectories(tmp);
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Writes a source file into a submission folder. */
    static Path write(Path submission, String relative, String source) throws IOException {
        Path file = submission.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        return submission;
    }
}
