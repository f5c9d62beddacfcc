package nngrade.cli;

import static nngrade.cli.Cli.write;
import static nngrade.submission.StudentFiles.RELU;
import static nngrade.submission.StudentFiles.RELU_PATH;
import static nngrade.submission.StudentFiles.STEP;
import static nngrade.submission.StudentFiles.STEP_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `nngrade check` as a student runs it, as a process: on the .zip they hand in, on one problem
 * while another file is half-written, and leaving the temporary directory as it found it.
 */
class CheckCliTest {

    @TempDir
    Path dir;
    private Cli cli;

    @BeforeEach
    void runner() {
        cli = new Cli(dir.resolve("tmp"));
    }

    @Test
    void checkTakesTheZipAStudentHandsIn() throws Exception {
        Path zip = dir.resolve("handin.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("myproject/src/main/java/" + STEP_PATH));
            out.write(STEP.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        // what a check killed outright left: no process has this id (Linux's pid_max is at most 2^22)
        Files.createDirectories(dir.resolve("tmp/nngrade-check-2147483647-123/intake-1"));
        Cli.Run run = cli.run("check", zip.toString(), "--problem", "act.step");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.stdout().contains("total 1.00 / 1"), run.stdout());
        assertEquals(List.of(), cli.tmpEntries(), "check left temporary files behind, or kept a killed run's");
    }

    @Test
    void oneProblemIsCheckedWhileAnotherFileIsBroken() throws Exception {
        Path sources = write(write(dir.resolve("work"), STEP_PATH, STEP), RELU_PATH, RELU.replace("return dx;", "return dx"));
        Cli.Run run = cli.run("check", sources.toString(), "--problem", "act.step");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.stdout().contains("note: " + RELU_PATH + " cannot be parsed"), run.stdout());
        assertTrue(run.stdout().contains("total 1.00 / 1"), run.stdout());

        Cli.Run relu = cli.run("check", sources.toString(), "--problem", "act.relu");
        assertEquals(1, relu.exitCode(), "the broken file's own problem scores 0: " + relu.all());
        assertEquals(List.of(), cli.tmpEntries(), "check left its temporary files behind");
    }

    @Test
    void aCheckTimeLimitMustBePositive() throws Exception {
        Cli.Run run = cli.run("check", "template", "--timeout", "0");
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.stderr().contains("--timeout must be a positive"), run.stderr());
    }
}
