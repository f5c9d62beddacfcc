package nngrade.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A helper JVM of the grader (an examiner, a compile worker), started from the running JVM's own
 * java and class path: one JSON line of request on its standard input, lines of answer on its
 * standard output (JSON, or an examiner's plain lines for a check's start and end). Whatever it
 * says is bounded here: a line longer than {@link #MAX_LINE} characters is cut, its standard error
 * is kept to {@link #STDERR_CAP} characters, and the process tree is killed when it is done with.
 */
final class JvmProcess implements AutoCloseable {

    static final int MAX_LINE = 1 << 20;
    private static final int STDERR_CAP = 4096;

    private final Process process;
    private final OutputStream in;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder stderr = new StringBuilder();
    private final Thread stdoutReader;
    private final Thread stderrReader;

    private JvmProcess(Process process) {
        this.process = process;
        this.in = process.getOutputStream();
        this.stdoutReader = daemon(() -> readLines(process.getInputStream()));
        this.stderrReader = daemon(() -> keepStderr(process.getErrorStream()));
    }

    /** Starts {@code mainClass} with the given JVM options. */
    static JvmProcess start(Class<?> mainClass, List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(classDataOptions());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        return new JvmProcess(new ProcessBuilder(command).start());
    }

    /**
     * @return the options that start the JVM from the grader's class-data archive, made at
     *     package time beside its jar (about half the start-up time); none when running from classes
     */
    static List<String> classDataOptions() {
        Path jar = Path.of(System.getProperty("java.class.path"));
        Path archive = jar.resolveSibling("nngrade.jsa");
        if (!jar.getFileName().toString().equals("nngrade.jar") || !java.nio.file.Files.isRegularFile(archive)) {
            return List.of();
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** Sends one line; lines sent from several threads do not interleave. */
    synchronized void send(String line) throws IOException {
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** @return the next line, or null if none came within the wait */
    String next(long waitMillis) throws InterruptedException {
        return lines.poll(waitMillis, TimeUnit.MILLISECONDS);
    }

    /** @return whether its process is running */
    boolean running() {
        return process.isAlive();
    }

    /** @return whether it may still say something: running, or its last lines not yet read */
    boolean alive() throws InterruptedException {
        if (process.isAlive()) {
            return true;
        }
        stdoutReader.join(2000);
        stderrReader.join(2000);
        return !lines.isEmpty();
    }

    /** @return the last thing its JVM printed to standard error, if anything */
    String lastError() {
        synchronized (stderr) {
            return stderr.toString().lines().filter(l -> !l.isBlank() && !l.startsWith("WARNING"))
                    .reduce((a, b) -> b).orElse("").strip();
        }
    }

    /** @return whether its JVM said this on standard error */
    boolean saw(String text) {
        synchronized (stderr) {
            return stderr.indexOf(text) >= 0;
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readLines(InputStream stream) {
        try (Reader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            boolean cut = false;
            int c;
            while ((c = r.read()) >= 0) {
                if (c == '\n') {
                    if (!cut) {
                        lines.add(line.toString());
                    }
                    line.setLength(0);
                    cut = false;
                } else if (line.length() < MAX_LINE) {
                    line.append((char) c);
                } else {
                    cut = true; // an overlong line is dropped whole: it cannot be a message of ours
                }
            }
        } catch (IOException e) {
            // the process is gone; what it said is in the queue
        }
    }

    private void keepStderr(InputStream stream) {
        byte[] buffer = new byte[4096];
        try (stream) {
            int n;
            while ((n = stream.read(buffer)) > 0) {
                synchronized (stderr) {
                    if (stderr.length() < STDERR_CAP) {
                        stderr.append(new String(buffer, 0, Math.min(n, STDERR_CAP - stderr.length()),
                                StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "nngrade-jvm-io");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
