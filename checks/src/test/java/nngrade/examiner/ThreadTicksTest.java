package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reading a thread's CPU time from /proc, the JVM's own threads left out. */
public class ThreadTicksTest {

    private static String stat(String name, long utime, long stime) {
        // fields: pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
        return "4242 (" + name + ") R 1 4242 4242 0 -1 4194560 120 0 0 0 " + utime + " " + stime
                + " 0 0 20 0 12 0 9876 0 0\n";
    }

    @Test
    void aThreadThatRunsCodeCountsItsUserAndSystemTicks() {
        assertEquals(37 + 5, ThreadTicks.ofCode(stat("java", 37, 5)));
        assertEquals(7 + 1, ThreadTicks.ofCode(stat("worker", 7, 1)));
    }

    @Test
    void aNameWithParenthesesAndSpacesIsReadToItsLastParenthesis() {
        assertEquals(11 + 2, ThreadTicks.ofCode(stat("a) R 1 2 (b", 11, 2)));
    }

    @Test
    void theJvmsOwnThreadsCountNothing() {
        for (String own : new String[] {"C1 CompilerThre", "C2 CompilerThre", "VM Thread", "GC Thread#0",
                "G1 Conc#0", "VM Periodic Tas", "Sweeper thread"}) {
            assertEquals(0, ThreadTicks.ofCode(stat(own, 500, 30)), own);
        }
    }

    @Test
    void thisJvmsThreadsAreReadFromProc() throws IOException {
        Path tasks = Path.of("/proc/self/task");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(tasks), "no /proc here");
        long spent = 0;
        long end = System.nanoTime() + 300_000_000L;
        while (System.nanoTime() < end) { // 0.3 s of this thread's CPU: at least 20 ticks of it show
            spent += Math.round(Math.sqrt(spent + 1.0));
        }
        long ticks = 0;
        try (DirectoryStream<Path> all = Files.newDirectoryStream(tasks)) {
            for (Path task : all) {
                ticks += ThreadTicks.ofCode(task);
            }
        }
        assertTrue(ticks >= 20, ticks + " ticks (" + spent + ")");
    }
}
