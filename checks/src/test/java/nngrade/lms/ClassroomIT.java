package nngrade.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * nngrade classroom: the workflow it writes into a handout (the assignment's template repository)
 * is read as GitHub reads it (YAML), its grading step's command is run locally as a runner runs it
 * (bash -eo pipefail, GITHUB_OUTPUT a file), and the points the grading reporter would total from
 * the step's output are the public score the instructor's own build gives the same code.
 */
class ClassroomIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void theWorkflowsCommandReportsThePublicPoints() throws Exception {
        Path repo = dir.resolve("repo");
        Packaged.Ran built = Packaged.nngrade("handout", repo.toString(), "--section", "A");
        assertEquals(0, built.exitCode(), built.output());
        // a student who pushed alice's code: section A done right
        Packaged.copyTree(Packaged.EXAMPLES.resolve("alice"), repo.resolve("student-template/src/main/java"));
        // a generous --timeout: GitHub's runners are slow and shared, and so is a CI machine
        Packaged.Ran written = Packaged.nngrade("classroom", repo.toString(), "--seed", "7", "--timeout", "60");
        assertEquals(0, written.exitCode(), written.output());

        Map<String, Object> workflow = new Yaml().load(Files.readString(repo.resolve(ClassroomWorkflow.FILE)));
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs"))
                .get("run-autograding-tests");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
        Map<String, Object> grading = steps.stream().filter(s -> "nngrade".equals(s.get("id"))).findFirst()
                .orElseThrow();
        Map<String, Object> reporter = steps.stream().filter(s -> String.valueOf(s.get("uses"))
                .startsWith("classroom-resources/autograding-grading-reporter@")).findFirst().orElseThrow();
        assertEquals("nngrade", ((Map<String, Object>) reporter.get("with")).get("runners"));
        assertEquals("${{steps.nngrade.outputs.result}}",
                ((Map<String, Object>) reporter.get("env")).get("NNGRADE_RESULTS"),
                "the reporter reads the runner's result from <RUNNER>_RESULTS");
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/setup-java@")
                && "17".equals(String.valueOf(((Map<String, Object>) s.get("with")).get("java-version")))),
                "a JDK 17 is set up");

        Path script = dir.resolve("step.sh");
        Files.writeString(script, (String) grading.get("run"));
        Path output = dir.resolve("github-output");
        Files.writeString(output, "");
        Packaged.Ran ran = Packaged.run(List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString()),
                repo, Map.of("GITHUB_OUTPUT", output.toString()));
        assertEquals(0, ran.exitCode(), ran.output());

        String line = Files.readAllLines(output).stream().filter(l -> l.startsWith("result=")).findFirst()
                .orElseThrow(() -> new AssertionError("no result in GITHUB_OUTPUT: " + ran.output()));
        JsonNode result = JSON.readTree(new String(Base64.getDecoder().decode(line.substring("result=".length())),
                StandardCharsets.UTF_8));
        assertEquals(1, result.get("version").asInt());
        assertNotNull(result.get("max_score"));
        double points = 0;
        for (JsonNode t : result.get("tests")) {
            assertTrue(t.get("status").asText().matches("pass|fail"), t.toString());
            points += t.get("score").asDouble();
        }
        Packaged.Ran instructor = Packaged.nngrade("check", Packaged.EXAMPLES.resolve("alice").toString(),
                "--public-only", "--section", "A", "--seed", "7");
        String total = instructor.output().lines().filter(l -> l.startsWith("total ")).findFirst().orElseThrow();
        String[] words = total.split(" +");
        assertEquals(Double.parseDouble(words[1]), points, 1e-6, "points as the instructor's build gives: " + total);
        assertEquals(Double.parseDouble(words[3]), result.get("max_score").asDouble(), 1e-6, total);
        assertEquals("Points " + points + "/" + result.get("max_score").asDouble(), ClassroomResult.points(result));
        assertTrue(points > 0 && result.get("status").asText().equals("pass"), "alice's section A is right: " + total);
    }
}
