package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reading the CPU time of a process's threads that run code from /proc, the JVM's own threads left out. */
public class ThreadTicksTest {

    private static String stat(String name, long utime, long stime) {
        // fields: pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
        return "4242 (" + name + ") R 1 4242 4242 0 -1 4194560 120 0 0 0 " + utime + " " + stime
                + " 0 0 20 0 12 0 9876 0 0\n";
    }

    @Test
    void aStatFileGivesItsUserAndSystemTicks() {
        assertEquals(37 + 5, ThreadTicks.ticks(stat("java", 37, 5)));
        assertEquals(7 + 1, ThreadTicks.ticks(stat("worker", 7, 1)));
    }

    @Test
    void aNameWithParenthesesAndSpacesIsReadToItsLastParenthesis() {
        assertEquals(11 + 2, ThreadTicks.ticks(stat("a) R 1 2 (b", 11, 2)));
        assertFalse(ThreadTicks.isJvmOwn(stat("a) R 1 2 (b", 11, 2)));
        assertTrue(ThreadTicks.isJvmOwn(stat("VM Thread) (x", 11, 2)));
    }

    @Test
    void theJvmsOwnThreadsAreKnownByName() {
        for (String own : new String[] {"C1 CompilerThre", "C2 CompilerThre", "VM Thread", "GC Thread#0",
                "G1 Conc#0", "VM Periodic Tas", "Sweeper thread"}) {
            assertTrue(ThreadTicks.isJvmOwn(stat(own, 500, 30)), own);
        }
        for (String code : new String[] {"java", "main", "worker", "Common-Cleaner", "nngrade-host"}) {
            assertFalse(ThreadTicks.isJvmOwn(stat(code, 500, 30)), code);
        }
    }

    /**
     * A thread started after the listing counts, though it is named like the compiler, and its
     * time stays counted once it has ended.
     */
    @Test
    void aThreadStartedLaterCountsWhateverItsNameAndAfterItEnds() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "no /proc here");
        try (ThreadTicks self = ThreadTicks.listed(ProcessHandle.current().pid())) {
            aThreadStartedLaterCounts(self);
        }
    }

    /** Reads the same open files before and after: each reading is the kernel's count at that moment. */
    private static void aThreadStartedLaterCounts(ThreadTicks self) throws IOException, InterruptedException {
        long before = self.ofCode(self.whole());
        Thread hidden = new Thread(() -> {
            long end = System.nanoTime() + 300_000_000L;
            double spent = 0;
            while (System.nanoTime() < end) { // 0.3 s of this thread's CPU: at least 20 ticks of it show
                spent += Math.sqrt(spent + 1.0);
            }
        }, "C1 CompilerThread9");
        hidden.start();
        hidden.join();
        long after = self.ofCode(self.whole());
        assertTrue(after - before >= 20, (after - before) + " ticks");
    }
}
