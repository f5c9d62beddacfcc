package nngrade.report;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nngrade.engine.CheckResult;
import nngrade.engine.CheckStatus;
import nngrade.engine.GradeReport;
import nngrade.engine.ProblemScore;

/**
 * The results format Gradescope's autograder reads (results.json): score, max_score,
 * execution_time, output, and tests[] with name, number, score, max_score, status, output and
 * visibility. One test per check; its name begins with the problem id. Instructor-only checks
 * are shown to students after grades are published.
 *
 * <p>Points are exact: each problem's points are split over its checks in whole 1/10000ths by
 * {@link PointSplit}; a passed value-anchored check scores its share, a passed property check its
 * share times the problem's v / V (to the nearest unit), a problem's score is the sum of its
 * checks' and the total the
 * sum of the problems', so every sum a reader takes of the file equals the score it states.
 * extra_data.problems holds each problem's score, maximum and first failure.
 */
public final class GradescopeJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private GradescopeJson() {
    }

    /**
     * @param report the graded run; not modified
     * @param notes  sentences for the reader (files set aside, checks stopped), appended to the output
     */
    public static ObjectNode toJson(GradeReport report, List<String> notes) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode tests = MAPPER.createArrayNode();
        ObjectNode problems = MAPPER.createObjectNode();
        long earned = 0;
        long possible = 0;
        for (ProblemScore s : report.scores()) {
            long[] shares = PointSplit.units(s.problem().points(), s.checks().stream().mapToInt(CheckResult::weight)
                    .toArray());
            long problemEarned = 0;
            for (int i = 0; i < shares.length; i++) {
                CheckResult c = s.checks().get(i);
                long score = earnedUnits(s, c, shares[i]);
                tests.add(test(s, c, i + 1, score, shares[i]));
                problemEarned += score;
            }
            problems.set(s.problem().id(), problem(s, problemEarned));
            earned += problemEarned;
            possible += (long) s.problem().points() * PointSplit.UNITS_PER_POINT;
        }
        root.put("score", PointSplit.points(earned));
        root.put("max_score", PointSplit.points(possible));
        root.put("execution_time", report.millis() / 1000.0);
        root.put("output", String.format(Locale.ROOT, "%.2f / %.2f points; seed %d", PointSplit.points(earned),
                PointSplit.points(possible), report.seed()) + (notes.isEmpty() ? "" : "\n\n" + String.join("\n", notes)));
        root.put("visibility", "visible");
        root.set("tests", tests);
        root.putObject("extra_data").set("problems", problems);
        return root;
    }

    /**
     * @return a check's points in units: its share if it passed and is value-anchored, its share
     *     times the problem's anchor ratio v / V if it passed and is a property check (see ProblemScore)
     */
    private static long earnedUnits(ProblemScore s, CheckResult c, long share) {
        if (!c.passed()) {
            return 0;
        }
        return c.valueAnchored() ? share : Math.round(share * s.anchorRatio());
    }

    private static ObjectNode test(ProblemScore s, CheckResult c, int n, long score, long max) {
        ObjectNode t = MAPPER.createObjectNode();
        t.put("name", s.problem().id() + ": " + c.name());
        t.put("number", s.problem().id() + "." + n);
        t.put("score", PointSplit.points(score));
        t.put("max_score", PointSplit.points(max));
        t.put("status", c.passed() ? "passed" : "failed");
        // A passed check's detail is empty, or holds what the code printed (batch mode), quoted.
        t.put("output", c.passed() ? c.detail() + ConsoleReport.propertyShare(s, c)
                : c.detail() + "\n\nformula: " + s.problem().formula());
        t.put("visibility", c.needsReference() ? "after_published" : "visible");
        return t;
    }

    private static ObjectNode problem(ProblemScore s, long earned) {
        ObjectNode p = MAPPER.createObjectNode();
        p.put("score", PointSplit.points(earned));
        p.put("max_score", s.problem().points());
        p.put("first_failure", s.firstFailure().map(c -> c.status() == CheckStatus.NOT_IMPLEMENTED
                ? "not implemented yet" : c.name()).orElse(""));
        return p;
    }

    /** Writes the report's JSON whole or not at all. */
    public static void write(GradeReport report, List<String> notes, Path file) throws IOException {
        write(toJson(report, notes), file);
    }

    /** Writes the file whole or not at all: to a temporary file first, then renamed over the target. */
    public static void write(ObjectNode json, Path file) throws IOException {
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(json));
    }
}
