package nngrade.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM: started from the running JVM's own java, with a heap limit, its messages read
 * line by line, its standard error kept (capped) for the report, and the whole process tree
 * killed when it is done with.
 */
final class ChildRun implements AutoCloseable {

    private static final int STDERR_CAP = 4096;
    private static final long READER_GRACE_MILLIS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final String token;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder stderr = new StringBuilder();
    private final long startedNanos = System.nanoTime();

    private final Thread stdoutReader;
    private final Thread stderrReader;

    private ChildRun(Process process, String token) {
        this.process = process;
        this.token = token;
        this.stdoutReader = daemon(() -> readLines(process.getInputStream()));
        this.stderrReader = daemon(() -> keepStderr(process.getErrorStream()));
    }

    /** Starts a child grading the compiled submission in {@code classes}. */
    static ChildRun start(Path classes, BatchRequest request, Limits limits, List<String> excluded, String token)
            throws IOException {
        Path excludedFile = Files.createTempFile(classes.getParent(), "excluded", ".txt");
        Files.write(excludedFile, excluded, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(javaExecutable(),
                "-Xmx" + limits.heapMegabytes() + "m", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC",
                "-Djava.security.manager=allow",
                "-cp", System.getProperty("java.class.path"), GradingChild.class.getName(),
                classes.toString(), token, String.valueOf(request.seed()), String.valueOf(request.instructorChecks()),
                // The child's own per-check limit is a backstop: the parent's watchdog acts first.
                String.valueOf(limits.checkTimeout().multipliedBy(2).toMillis()),
                request.problems().isEmpty() ? "-" : String.join(",", request.problems()),
                excludedFile.toString()));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close(); // the child reads nothing
        return new ChildRun(process, token);
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** @return the next message, or null if none came within the wait (or the child ended) */
    ChildMessage next(long waitMillis) throws InterruptedException {
        String line = lines.poll(waitMillis, TimeUnit.MILLISECONDS);
        if (line == null) {
            return null;
        }
        if (!line.startsWith(token)) {
            keep(line + "\n"); // the JVM's own words, e.g. "Terminating due to java.lang.OutOfMemoryError"
            return null;
        }
        try {
            return JSON.readValue(line.substring(token.length()), ChildMessage.class);
        } catch (IOException e) {
            return null; // not a message of ours
        }
    }

    /** @return whether the child may still say something: running, or its last lines not yet read */
    boolean alive() throws InterruptedException {
        if (process.isAlive()) {
            return true;
        }
        stdoutReader.join(READER_GRACE_MILLIS); // the pipes may still hold its last words
        stderrReader.join(READER_GRACE_MILLIS);
        return !lines.isEmpty();
    }

    Integer exitCode() {
        return process.isAlive() ? null : process.exitValue();
    }

    long startMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** @return the last line the child's JVM printed to its real standard error, if any */
    String lastError() {
        synchronized (stderr) {
            String[] all = stderr.toString().strip().split("\n");
            for (int i = all.length - 1; i >= 0; i--) {
                if (!all[i].isBlank() && !all[i].startsWith("WARNING:")) {
                    return all[i].strip();
                }
            }
            return "";
        }
    }

    /** @return whether the JVM said this anywhere outside the protocol */
    boolean saw(String text) {
        synchronized (stderr) {
            return stderr.indexOf(text) >= 0;
        }
    }

    /** Kills the child and everything it started. */
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

    private void readLines(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the child is gone; what it said is in the queue
        }
    }

    private void keepStderr(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                keep(line + "\n");
            }
        } catch (IOException e) {
            // the child is gone
        }
    }

    /** Keeps the first STDERR_CAP characters of what the JVM said outside the protocol. */
    private void keep(String text) {
        synchronized (stderr) {
            if (stderr.length() < STDERR_CAP) {
                stderr.append(text, 0, Math.min(text.length(), STDERR_CAP - stderr.length()));
            }
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "nngrade-child-io");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
