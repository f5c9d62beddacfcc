package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nngrade.problems.Solutions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the check CPU log on, every check that ends is recorded with the code-CPU budget it had:
 * a host's first check the cold one, later checks the warm one. A loopback host runs in the
 * examiner's own JVM, whose CPU is not the host's to read: it is recorded as -1.
 */
class CheckCpuLogTest {

    @TempDir
    Path dir;

    @Test
    void eachCheckIsRecordedWithTheBudgetItHad() throws IOException {
        Path log = dir.resolve("cpu.tsv");
        System.setProperty(CheckCpuLog.PROPERTY, log.toString());
        try {
            gradeTwoChecks();
        } finally {
            System.clearProperty(CheckCpuLog.PROPERTY);
        }
        assertEquals(List.of("p: first\t-1\t300", "p: second\t-1\t150"), Files.readAllLines(log, StandardCharsets.UTF_8));
    }

    private static void gradeTwoChecks() {
        try (RemoteSubmission r = RemoteSubmission.loopback(new Solutions() {
        })) {
            r.beginCheck("p: first", 2_000, 1_000, 300, 150);
            r.endCheck();
            r.beginCheck("p: second", 2_000, 1_000, 300, 150);
            r.endCheck();
        }
    }
}
