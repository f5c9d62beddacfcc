package nngrade.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nngrade.checks.api.CheckSettings;
import nngrade.problems.Catalogue;
import nngrade.problems.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A correct submission of every problem keeps full marks when graded as a batch grades it: in a
 * JVM of its own, behind the channel, within each check's own time limits. The submission is the
 * reference's sources moved into the student's package, as a student who wrote the same code would
 * hand it in.
 *
 * <p>The examples solve sections A and B only. The schedules, the optimizers and stat.var_product
 * make most of a complete submission's 1.9 million calls; while the schedules' sweeps crossed one
 * call at a time and stat.var_product's 100,000 draws were each a call back, some of those checks
 * ran past their limits, a different few each run, and a correct submission lost points.
 *
 * <p>The reference's files that use EJML do not compile for a student (the template's class path
 * has no EJML): their problems are graded as the template's, not implemented, which this test
 * allows and nothing else.
 */
class CorrectSubmissionKeepsFullMarksTest {

    private static final Path REFERENCE = Path.of("../reference/src/main/java/nngrade/reference").toAbsolutePath().normalize();
    private static final String NOT_IMPLEMENTED = "not implemented yet";

    @TempDir
    static Path work;

    private static JsonNode result;

    @BeforeAll
    static void gradeTheReferenceAsAStudentsSubmission() throws Exception {
        Path student = work.resolve("submissions/correct/nngrade/student");
        try (Stream<Path> files = Files.walk(REFERENCE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = REFERENCE.relativize(f).toString().replace("ReferenceSolutions", "StudentSolutions");
                Path target = student.resolve(name);
                Files.createDirectories(target.getParent());
                Files.writeString(target, Files.readString(f, StandardCharsets.UTF_8)
                        .replace("nngrade.reference", "nngrade.student")
                        .replace("ReferenceSolutions", "StudentSolutions"), StandardCharsets.UTF_8);
            }
        }
        Submissions.grade(work.resolve("submissions"), work.resolve("out"),
                new BatchRequest(Set.of(), CheckSettings.DEFAULT_SEED, true), Limits.defaults(), 1);
        result = Submissions.result(work.resolve("out"), "correct");
    }

    @Test
    void everyProblemItImplementsScoresFullMarks() {
        List<String> lost = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = result.get("extra_data").get("problems").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            if (p.get("score").asDouble() != p.get("max_score").asDouble()
                    && !p.get("first_failure").asText().equals(NOT_IMPLEMENTED)) {
                lost.add(e.getKey() + " (" + p.get("score").asDouble() + " of " + p.get("max_score").asDouble()
                        + ", first failure: " + p.get("first_failure").asText() + ")");
            }
        }
        assertEquals(List.of(), lost, "a correct submission lost points; the failures:\n" + failures());
    }

    @Test
    void theSchedulesTheOptimizersAndTheProductVarianceKeepFullMarks() {
        JsonNode problems = result.get("extra_data").get("problems");
        List<String> meant = Catalogue.load().all().stream().map(Problem::id)
                .filter(id -> id.startsWith("sched.") || id.startsWith("optim.") || id.equals("stat.var_product")).toList();
        assertTrue(meant.size() > 10, "the catalogue has the schedules and the optimizers: " + meant);
        for (String id : meant) {
            JsonNode p = problems.get(id);
            assertEquals(p.get("max_score").asDouble(), p.get("score").asDouble(), id + ": " + p.get("first_failure").asText());
        }
    }

    /** @return every check that did not pass and was not settled as not implemented, with its output */
    private static String failures() {
        StringBuilder sb = new StringBuilder();
        for (JsonNode t : result.get("tests")) {
            if (!t.get("status").asText().equals("passed") && !t.path("output").asText().startsWith(NOT_IMPLEMENTED)) {
                sb.append(t.get("name").asText()).append(": ").append(t.path("output").asText()).append('\n');
            }
        }
        return sb.toString();
    }
}
