package nngrade.examiner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A host JVM as a process: alive or not, killed with everything it started, and what its JVM
 * said on its own standard error (capped), which is how a death is explained ("it ran out of
 * memory").
 */
final class HostProcess implements HostConnection.Peer {

    private static final int KEPT = 4096;

    private final Process process;
    private final StringBuilder said = new StringBuilder();

    HostProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> keep(process.getErrorStream()), "nngrade-host-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public String death() {
        try {
            process.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String text;
        synchronized (said) {
            text = said.toString();
        }
        if (text.contains("OutOfMemoryError")) {
            return "it ran out of memory";
        }
        String last = text.lines().filter(l -> !l.isBlank() && !l.startsWith("WARNING")).reduce((a, b) -> b).orElse("");
        return "the submission's JVM died (exit code " + (process.isAlive() ? "?" : process.exitValue()) + ")"
                + (last.isEmpty() ? "" : ": " + last);
    }

    @Override
    public void listThreads() {
        try {
            jvms();
        } catch (IOException | RuntimeException noProc) {
            // not Linux: the JDK's readings, and no code budget (cpuTime says so)
        }
    }

    /**
     * @return the CPU time used by the host's JVM, as the kernel counts it: from /proc, one file
     *     for the JVM and one for each of its own threads (a reading begins every check), the
     *     threads that run code counted with ended ones ({@link ThreadTicks}); where there is no
     *     /proc, the JVM's as the JDK reads it for each of the host's processes, and no code time
     */
    @Override
    public HostConnection.CpuTime cpuTime() {
        HostConnection.CpuTime last = atKill;
        if (last != null) {
            return last;
        }
        try {
            long ticks = 0;
            long code = 0;
            for (ThreadTicks p : jvms()) {
                long whole = p.whole();
                if (whole >= 0) { // a process that has ended uses no more
                    ticks += whole;
                    code += p.ofCode(whole);
                }
            }
            return new HostConnection.CpuTime(ticks * ThreadTicks.NANOS_PER_TICK, code * ThreadTicks.NANOS_PER_TICK);
        } catch (IOException | RuntimeException noProc) {
            return new HostConnection.CpuTime(processesCpuNanos(), -1);
        }
    }

    /** @return the CPU time of the host's processes as the JDK reads it; -1 if it does not say */
    private long processesCpuNanos() {
        long sum = 0;
        for (ProcessHandle p : tree()) {
            Optional<Duration> cpu = p.info().totalCpuDuration();
            if (cpu.isPresent()) {
                sum += cpu.get().toNanos();
            } else if (p.isAlive()) {
                return -1; // the kernel does not say: only the wall clock limits this host
            }
        }
        return sum;
    }

    /**
     * The host's JVM, with its own threads, listed when it says it is up ({@link #listThreads}),
     * before any submitted code has run: of the host's processes,
     * those with threads of a JVM's own (bubblewrap's and setpriv's run nothing of the
     * submission's, and wait), or all of them if none has.
     */
    private volatile List<ThreadTicks> jvms;

    private List<ThreadTicks> jvms() throws IOException {
        List<ThreadTicks> all = jvms;
        if (all == null) {
            if (!Files.isDirectory(Path.of("/proc/self/task"))) {
                throw new IOException("no /proc here"); // not Linux: the JDK's readings, and no code budget
            }
            all = new ArrayList<>();
            for (ProcessHandle p : tree()) {
                try {
                    all.add(ThreadTicks.listed(p.pid()));
                } catch (NoSuchFileException ended) {
                    // bubblewrap's launcher, say: it uses no more
                }
            }
            if (all.stream().anyMatch(ThreadTicks::isJvm)) {
                all.stream().filter(t -> !t.isJvm()).forEach(ThreadTicks::close); // bubblewrap's: not read
                all = all.stream().filter(ThreadTicks::isJvm).toList();
            }
            jvms = all;
        }
        return all;
    }

    /** The host's processes, listed at the first reading. */
    private volatile List<ProcessHandle> tree;

    private List<ProcessHandle> tree() {
        List<ProcessHandle> all = tree;
        if (all == null) { // the JVM is up once it has said so: its processes are all there
            all = new ArrayList<>();
            all.add(process.toHandle());
            process.descendants().forEach(all::add);
            tree = all;
        }
        return all;
    }

    /**
     * The CPU time read just before the host was killed: afterwards its /proc files are gone and a
     * reading says 0, so a host stopped for a loop would report none of the loop's time.
     */
    private volatile HostConnection.CpuTime atKill;

    @Override
    public void kill() {
        if (atKill == null) {
            atKill = cpuTime();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<ThreadTicks> read = jvms;
        if (read != null) {
            read.forEach(ThreadTicks::close); // its stat files: nothing reads them any more
        }
    }

    private void keep(InputStream stream) {
        byte[] buffer = new byte[4096];
        try (stream) {
            int n;
            while ((n = stream.read(buffer)) > 0) {
                synchronized (said) {
                    if (said.length() < KEPT) {
                        said.append(new String(buffer, 0, Math.min(n, KEPT - said.length()), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            // the host is gone
        }
    }
}
