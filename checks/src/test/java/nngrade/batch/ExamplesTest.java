package nngrade.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import nngrade.checks.api.CheckSettings;
import nngrade.problems.Catalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled example class (examples/README.md) grades as its README says: alice complete, bob
 * section A only, carol section B with one bug in act.elu, dave with Gelu.java not compiling, eve
 * hostile in act.relu (a loop) and act.tanh (System.exit). The examples cover sections A and B.
 */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("../examples/submissions").toAbsolutePath().normalize();
    /** A short per-check limit: eve's loop is stopped sooner, nothing else comes near it. */
    private static final Limits LIMITS = new Limits(Duration.ofSeconds(900), Duration.ofSeconds(4), 512, 20);

    @TempDir
    static Path out;

    @BeforeAll
    static void gradeTheExamples() throws Exception {
        Submissions.grade(EXAMPLES, out, new BatchRequest(Set.of(), CheckSettings.DEFAULT_SEED, true), LIMITS, 2);
    }

    @Test
    void aliceSolvesEverySectionAAndBProblem() throws IOException {
        expect("alice", Set.of(), Set.of());
    }

    @Test
    void bobSolvesSectionAOnly() throws IOException {
        expect("bob", Set.of(), Set.of("B"));
    }

    @Test
    void carolSolvesSectionBButForHerEluDerivative() throws IOException {
        expect("carol", Set.of("act.elu"), Set.of("A"));
    }

    @Test
    void daveLosesOnlyTheProblemOfHisBrokenFile() throws IOException {
        expect("dave", Set.of("act.gelu"), Set.of());
        assertTrue(output("dave").contains("Gelu.java does not compile"), output("dave"));
    }

    @Test
    void eveLosesOnlyTheProblemsSheAttacksFrom() throws IOException {
        expect("eve", Set.of("act.relu", "act.tanh"), Set.of());
        String eve = Files.readString(out.resolve("results/eve.json"));
        assertTrue(eve.contains("System.exit"), "the report names the System.exit");
        assertTrue(eve.contains("did not finish within"), "the report names the loop");
    }

    /**
     * @param losing   problems of A and B that must lose some points
     * @param unsolved sections whose problems must all score 0 (left as the template has them)
     */
    private static void expect(String student, Set<String> losing, Set<String> unsolved) throws IOException {
        Catalogue catalogue = Catalogue.load();
        JsonNode problems = result(student).get("extra_data").get("problems");
        for (Iterator<Map.Entry<String, JsonNode>> it = problems.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String section = catalogue.get(e.getKey()).section();
            double score = e.getValue().get("score").asDouble();
            double max = e.getValue().get("max_score").asDouble();
            if (!section.equals("A") && !section.equals("B") || unsolved.contains(section)) {
                assertEquals(0.0, score, student + " has not done " + e.getKey());
            } else if (losing.contains(e.getKey())) {
                assertTrue(score < max, student + " must lose points on " + e.getKey());
            } else {
                assertEquals(max, score, 1e-9, student + " must get full marks on " + e.getKey());
            }
        }
    }

    private static JsonNode result(String student) throws IOException {
        return Submissions.result(out, student);
    }

    private static String output(String student) throws IOException {
        return result(student).get("output").asText();
    }
}
