package nngrade.examiner;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU time of a host process's threads that run Java code (the submission's and the call
 * server's), read from /proc: the process's whole time, {@code /proc/PID/stat}, less that of the
 * threads the JVM keeps for itself, above all its JIT compiler, which works hardest in a fresh host
 * and would otherwise eat into the budget of whichever check comes first.
 *
 * <p>The JVM's own threads are found by name once, when the host says it is up and before any of
 * the submission's code, its static initializers and constructor included, has run
 * ({@link #listed}); a thread started later counts as code whatever its name, so a loop cannot
 * hide in a thread named like the compiler, and a thread that ends leaves its time in the
 * process's, as the kernel keeps it. Each reading then reads one file for the process and one for
 * each of the JVM's few threads, not one for every thread (a reading begins every check); the
 * files stay open, each read again from its start (the kernel writes it afresh), which costs a
 * third of opening it each time, until {@link #close}.
 */
final class ThreadTicks implements AutoCloseable {

    /** The kernel counts thread time in clock ticks of 1/USER_HZ s; USER_HZ is 100 on Linux. */
    static final long NANOS_PER_TICK = 10_000_000L;

    /** Names (as the kernel keeps them, 15 characters) of the JVM's own threads, by prefix. */
    private static final List<String> JVM_OWN = List.of("C1 CompilerThre", "C2 CompilerThre", "VM Thread",
            "GC Thread#", "G1 ", "VM Periodic Tas", "Sweeper thread");

    private final StatFile process;
    /** The JVM's own threads: each one's stat file, and the ticks last read of it (kept once the thread has ended). */
    private final Map<StatFile, Long> own;

    private ThreadTicks(StatFile process, Map<StatFile, Long> own) {
        this.process = process;
        this.own = own;
    }

    /**
     * @param pid a process whose threads are all the JVM's or the call server's: nothing of the
     *            submission has run yet to start one
     * @return its threads that are the JVM's own, listed now
     * @throws IOException if /proc cannot be read; NoSuchFileException if the process has ended
     */
    static ThreadTicks listed(long pid) throws IOException {
        StatFile process = StatFile.open(Path.of("/proc", Long.toString(pid), "stat"));
        if (process == null) {
            throw new java.nio.file.NoSuchFileException("/proc/" + pid);
        }
        Map<StatFile, Long> own = new HashMap<>();
        ThreadTicks listed = new ThreadTicks(process, own);
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                StatFile thread = StatFile.open(task.resolve("stat"));
                String stat = thread == null ? null : thread.read();
                if (stat != null && isJvmOwn(stat)) {
                    own.put(thread, ticks(stat));
                } else if (thread != null) {
                    thread.close();
                }
            }
        } catch (IOException | RuntimeException e) {
            listed.close();
            throw e;
        }
        return listed;
    }

    /** @return whether the process is a JVM: one with threads of the JVM's own (bubblewrap's are not) */
    boolean isJvm() {
        return !own.isEmpty();
    }

    /**
     * @return the ticks of the whole process, every thread, ended ones included; -1 if the
     *     process has ended (or its stat file can no longer be read)
     */
    long whole() {
        String stat = process.read();
        return stat == null ? -1 : ticks(stat);
    }

    /**
     * @param whole the ticks of the whole process, as {@link #whole} read them just now
     * @return the ticks of the process's threads that run code, ended ones included: the whole
     *     less the JVM's own threads' ticks (a thread that has ended at its last count)
     */
    synchronized long ofCode(long whole) { // read by the watchdog and by a check beginning
        long jvm = 0;
        for (Map.Entry<StatFile, Long> thread : own.entrySet()) {
            String stat = thread.getKey().read();
            if (stat != null) {
                thread.setValue(ticks(stat));
            }
            jvm += thread.getValue();
        }
        return Math.max(0, whole - jvm);
    }

    /** Closes the stat files: the host is gone, nothing reads them any more. */
    @Override
    public void close() {
        process.close();
        own.keySet().forEach(StatFile::close);
    }

    /**
     * A stat file of /proc kept open, read from its start each time: one seek and one read, where
     * opening it anew took an open and a close more (a stat file is one line, under 4 KB).
     */
    private static final class StatFile {
        private final RandomAccessFile file;
        private boolean gone;

        private StatFile(RandomAccessFile file) {
            this.file = file;
        }

        /** @return the file opened, or null if it is gone already (its thread or process ended) */
        static StatFile open(Path stat) throws IOException {
            try {
                return new StatFile(new RandomAccessFile(stat.toFile(), "r"));
            } catch (FileNotFoundException ended) {
                return null;
            }
        }

        /** @return the file's text now, or null once its thread or process has ended (or it was closed) */
        synchronized String read() {
            if (gone) {
                return null;
            }
            byte[] line = new byte[4096];
            int n = 0;
            try {
                file.seek(0);
                for (int r; n < line.length && (r = file.read(line, n, line.length - n)) > 0; ) {
                    n += r;
                }
            } catch (IOException ended) { // the kernel answers ESRCH for a thread or process that is gone
                close();
                return null;
            }
            return n == 0 ? null : new String(line, 0, n, StandardCharsets.US_ASCII);
        }

        synchronized void close() {
            gone = true;
            try {
                file.close();
            } catch (IOException e) {
                // nothing to keep
            }
        }
    }

    /**
     * @param stat the text of a stat file: "ID (NAME) STATE ..."; the name may hold parentheses
     * @return whether the thread is one of the JVM's own, by its name
     */
    static boolean isJvmOwn(String stat) {
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        return JVM_OWN.stream().anyMatch(name::startsWith);
    }

    /**
     * @param stat the text of a stat file, with utime and stime its 14th and 15th fields
     * @return user plus system time, in ticks
     */
    static long ticks(String stat) {
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(after[11]) + Long.parseLong(after[12]); // fields 14 and 15, counted from the state (3)
    }
}
