package nngrade.examiner;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
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
 * <p>The JVM's own threads are found by name once, when the host has said hello and before any
 * check ran ({@link #listed}); a thread started later counts as code whatever its name, so a loop
 * cannot hide in a thread named like the compiler, and a thread that ends leaves its time in the
 * process's, as the kernel keeps it. Each reading then opens one file for the process and one for
 * each of the JVM's few threads, not one for every thread (a reading begins every check).
 */
final class ThreadTicks {

    /** The kernel counts thread time in clock ticks of 1/USER_HZ s; USER_HZ is 100 on Linux. */
    static final long NANOS_PER_TICK = 10_000_000L;

    /** Names (as the kernel keeps them, 15 characters) of the JVM's own threads, by prefix. */
    private static final List<String> JVM_OWN = List.of("C1 CompilerThre", "C2 CompilerThre", "VM Thread",
            "GC Thread#", "G1 ", "VM Periodic Tas", "Sweeper thread");

    private final long pid;
    /** The JVM's own threads, by id, with the ticks last read of each (kept once a thread has ended). */
    private final Map<Long, Long> own;

    private ThreadTicks(long pid, Map<Long, Long> own) {
        this.pid = pid;
        this.own = own;
    }

    /**
     * @param pid a process whose threads are all the JVM's or the call server's: no submitted code
     *            has had a check in which to start one
     * @return its threads that are the JVM's own, listed now
     * @throws IOException if /proc cannot be read; NoSuchFileException if the process has ended
     */
    static ThreadTicks listed(long pid) throws IOException {
        Map<Long, Long> own = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                String stat = read(task.resolve("stat"));
                if (stat != null && isJvmOwn(stat)) {
                    own.put(Long.parseLong(task.getFileName().toString()), ticks(stat));
                }
            }
        }
        return new ThreadTicks(pid, own);
    }

    /** @return whether the process is a JVM: one with threads of the JVM's own (bubblewrap's are not) */
    boolean isJvm() {
        return !own.isEmpty();
    }

    /**
     * @return the ticks of the whole process, every thread, ended ones included; -1 if the
     *     process has ended
     * @throws IOException if /proc cannot be read
     */
    long whole() throws IOException {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        return stat == null ? -1 : ticks(stat);
    }

    /**
     * @param whole the ticks of the whole process, as {@link #whole} read them just now
     * @return the ticks of the process's threads that run code, ended ones included: the whole
     *     less the JVM's own threads' ticks
     * @throws IOException if /proc cannot be read
     */
    synchronized long ofCode(long whole) throws IOException { // read by the watchdog and by a check beginning
        long jvm = 0;
        for (Map.Entry<Long, Long> thread : own.entrySet()) {
            String stat = read(Path.of("/proc", Long.toString(pid), "task", Long.toString(thread.getKey()), "stat"));
            if (stat != null) {
                thread.setValue(ticks(stat));
            }
            jvm += thread.getValue();
        }
        return Math.max(0, whole - jvm);
    }

    /**
     * @return the file's text, or null if it is gone (its thread or process ended): one open, one
     *     read, one close (a stat file is one line, under 4 KB)
     */
    private static String read(Path stat) throws IOException {
        byte[] line = new byte[4096];
        int n;
        try (FileInputStream in = new FileInputStream(stat.toFile())) {
            n = in.readNBytes(line, 0, line.length);
        } catch (FileNotFoundException ended) {
            return null;
        }
        return new String(line, 0, n, StandardCharsets.US_ASCII);
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
