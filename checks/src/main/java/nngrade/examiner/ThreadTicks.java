package nngrade.examiner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CPU time of one thread of a host process, read from {@code /proc/PID/task/TID/stat}, when
 * that thread runs Java code: the submission's and the call server's. The threads the JVM keeps
 * for itself are left out, above all its JIT compiler, which works hardest in a fresh host and
 * would otherwise eat into the budget of whichever check comes first.
 *
 * <p>A thread's name is the submission's to choose, so a loop can hide in a thread named like the
 * compiler, and a thread that ends takes its time out of the sum; the budget of the host's
 * processes as a whole, whose time the kernel keeps when threads end, and the wall clock still
 * catch both.
 */
final class ThreadTicks {

    /** The kernel counts thread time in clock ticks of 1/USER_HZ s; USER_HZ is 100 on Linux. */
    static final long NANOS_PER_TICK = 10_000_000L;

    /** Names (as the kernel keeps them, 15 characters) of the JVM's own threads, by prefix. */
    private static final List<String> JVM_OWN = List.of("C1 CompilerThre", "C2 CompilerThre", "VM Thread",
            "GC Thread#", "G1 ", "VM Periodic Tas", "Sweeper thread");

    private ThreadTicks() {
    }

    /**
     * @param task a thread's folder, {@code /proc/PID/task/TID}; not modified
     * @return its user plus system time in ticks, 0 if it is one of the JVM's own threads or has ended
     * @throws IOException if /proc cannot be read at all
     */
    static long ofCode(Path task) throws IOException {
        String stat;
        try {
            stat = Files.readString(task.resolve("stat"));
        } catch (java.nio.file.NoSuchFileException ended) {
            return 0;
        }
        return ofCode(stat);
    }

    /**
     * @param stat the text of a thread's stat file: "TID (NAME) STATE ..." with utime and stime the
     *     14th and 15th fields
     * @return its user plus system time in ticks, 0 if it is one of the JVM's own threads
     */
    static long ofCode(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')'); // the name may hold parentheses and spaces
        String name = stat.substring(open + 1, close);
        if (JVM_OWN.stream().anyMatch(name::startsWith)) {
            return 0;
        }
        String[] after = stat.substring(close + 2).split(" ");
        return Long.parseLong(after[11]) + Long.parseLong(after[12]); // fields 14 and 15, counted from the state (3)
    }
}
