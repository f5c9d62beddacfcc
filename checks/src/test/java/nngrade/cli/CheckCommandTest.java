package nngrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line end to end, in process: table, exit codes, and the Gradescope JSON. */
class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void referenceGetsFullMarksAndWritesGradescopeJson() throws Exception {
        Path json = dir.resolve("results.json");
        Run run = run("check", "reference", "--problem", "act.relu", "--problem", "gate.add", "--json", json.toString());
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("act.relu"), run.output());

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(root.get("max_score").asDouble(), root.get("score").asDouble(), 1e-9);
        assertTrue(root.get("execution_time").asDouble() >= 0);
        double sum = 0;
        for (JsonNode t : root.get("tests")) {
            String name = t.get("name").asText();
            assertTrue(name.startsWith("act.relu: ") || name.startsWith("gate.add: "), name);
            assertEquals("passed", t.get("status").asText());
            sum += t.get("max_score").asDouble();
        }
        assertEquals(root.get("max_score").asDouble(), sum, 1e-3);
    }

    @Test
    void templateScoresZeroAndExitsOne() throws Exception {
        Run run = run("check", "template", "--problem", "act.relu");
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("not implemented yet"), run.output());
        assertTrue(!run.output().contains("Exception"), run.output());
    }

    /**
     * check --json grades in the submission's own JVM: code that tries to write a result of its
     * own (stdout, stderr, file descriptors, files, a shutdown hook) changes nothing the grader
     * writes.
     */
    @Test
    void checkWithJsonWritesOnlyWhatTheExaminerReported() throws Exception {
        Path json = dir.resolve("out/results/forge.json");
        java.nio.file.Files.createDirectories(json.getParent());
        Path submission = nngrade.batch.Submissions.withRelu(dir, "forger",
                nngrade.batch.Submissions.relu(nngrade.batch.HostileSubmissionsTest.forging(dir.resolve("out")), ""));
        Run run = run("check", submission.toString(), "--problem", "act.relu", "--problem", "act.step",
                "--json", json.toString());
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("sandboxed JVM"), run.output());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        double sum = 0;
        for (JsonNode t : root.get("tests")) {
            sum += t.get("score").asDouble();
        }
        assertEquals(sum, root.get("score").asDouble(), 1e-3);
        assertTrue(root.get("score").asDouble() < root.get("max_score").asDouble(), run.output());
        assertTrue(!java.nio.file.Files.exists(dir.resolve("out/results/forged-by-student.json")));
    }

    @Test
    void unknownProblemIsAUsageError() throws Exception {
        assertEquals(2, run("check", "reference", "--problem", "act.nope").exitCode());
    }

    @Test
    void listShowsTheCatalogueWithChecks() throws Exception {
        Run run = run("list");
        assertEquals(0, run.exitCode());
        assertTrue(run.output().contains("act.relu"), run.output());
        assertTrue(run.output().contains("babysit.update_ratio"), run.output());
        assertTrue(!run.output().contains("no checks yet"), "every problem of the catalogue has checks: " + run.output());
        assertTrue(run.output().contains("96 of 96 problems have checks"), run.output());
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(String... args) throws Exception {
        System.setProperty("nngrade.home", Path.of("..").toAbsolutePath().normalize().toString());
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            int code = new CommandLine(new Main()).execute(args);
            return new Run(code, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
        }
    }
}
