package nngrade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nngrade.engine.CheckResult;
import nngrade.engine.CheckStatus;
import nngrade.engine.GradeReport;
import nngrade.engine.Grader;
import nngrade.engine.PlannedCheck;
import nngrade.engine.ProblemScore;
import nngrade.problems.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * Per-check points add up exactly to the problem's points, in the results JSON as a reader parses
 * it, for every problem of the catalogue with its real check weights; and each share is the exact
 * one to within one unit.
 */
class PointSplitTest {

    @Test
    void sharesSumExactlyAndStayWithinOneUnitOfTheExactShare() {
        Random random = new Random(20260101);
        for (int trial = 0; trial < 10_000; trial++) {
            int points = 1 + random.nextInt(20);
            int[] weights = random.ints(1 + random.nextInt(12), 0, 7).toArray();
            weights[0] = Math.max(1, weights[0]);
            long[] units = PointSplit.units(points, weights);
            assertEquals((long) points * PointSplit.UNITS_PER_POINT, Arrays.stream(units).sum());
            double weightSum = Arrays.stream(weights).sum();
            for (int i = 0; i < weights.length; i++) {
                double exact = points * PointSplit.UNITS_PER_POINT * weights[i] / weightSum;
                assertTrue(Math.abs(units[i] - exact) < 1, units[i] + " against " + exact);
            }
        }
    }

    @Test
    void everyProblemsTestsAddUpToItsPointsInTheResultsJson() {
        Catalogue catalogue = Catalogue.load();
        Grader grader = new Grader(catalogue);
        Map<String, List<CheckResult>> byProblem = new LinkedHashMap<>();
        for (PlannedCheck c : grader.plan(null)) {
            byProblem.computeIfAbsent(c.problemId(), k -> new ArrayList<>()).add(new CheckResult(c.problemId(), c.name(),
                    c.weight(), c.needsReference(), c.anchor(), CheckStatus.PASSED, "", "", 0));
        }
        List<ProblemScore> scores = byProblem.entrySet().stream()
                .map(e -> new ProblemScore(catalogue.get(e.getKey()), e.getValue())).toList();
        var json = GradescopeJson.toJson(new GradeReport(scores, List.of(), 1, true, 0), List.of());

        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        BigDecimal all = BigDecimal.ZERO;
        for (var t : json.get("tests")) {
            String problem = t.get("name").asText().split(":")[0];
            BigDecimal max = new BigDecimal(t.get("max_score").asText()); // the decimal a reader parses
            sums.merge(problem, max, BigDecimal::add);
            all = all.add(new BigDecimal(t.get("score").asText()));
        }
        for (ProblemScore s : scores) {
            assertEquals(0, sums.get(s.problem().id()).compareTo(BigDecimal.valueOf(s.problem().points())),
                    s.problem().id() + ": tests add up to " + sums.get(s.problem().id()));
        }
        assertEquals(0, all.compareTo(new BigDecimal(json.get("score").asText())), "the tests add up to the score");
        assertEquals(0, all.compareTo(new BigDecimal(json.get("max_score").asText())), "all passed");
    }
}
