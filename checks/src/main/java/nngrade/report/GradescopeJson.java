package nngrade.report;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import nngrade.engine.CheckResult;
import nngrade.engine.GradeReport;
import nngrade.engine.ProblemScore;

/**
 * The results format Gradescope's autograder reads (results.json): score, max_score,
 * execution_time, output, and tests[] with name, number, score, max_score, status, output and
 * visibility. One test per check; its name begins with the problem id. Instructor-only checks
 * are shown to students after grades are published.
 */
public final class GradescopeJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private GradescopeJson() {
    }

    public static ObjectNode toJson(GradeReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("score", round(report.earned()));
        root.put("max_score", round(report.possible()));
        root.put("execution_time", report.millis() / 1000.0);
        root.put("output", String.format(java.util.Locale.ROOT, "%.2f / %.2f points; seed %d",
                report.earned(), report.possible(), report.seed()));
        root.put("visibility", "visible");
        ArrayNode tests = root.putArray("tests");
        for (ProblemScore s : report.scores()) {
            int n = 0;
            for (CheckResult c : s.checks()) {
                tests.add(test(s, c, ++n));
            }
        }
        return root;
    }

    private static ObjectNode test(ProblemScore s, CheckResult c, int n) {
        ObjectNode t = MAPPER.createObjectNode();
        t.put("name", s.problem().id() + ": " + c.name());
        t.put("number", s.problem().id() + "." + n);
        t.put("score", round(s.earnedBy(c)));
        t.put("max_score", round(s.pointsOf(c)));
        t.put("status", c.passed() ? "passed" : "failed");
        // A passed check's detail is empty, or holds what the code printed (batch mode), quoted.
        t.put("output", c.passed() ? c.detail() + ConsoleReport.propertyShare(s, c)
                : c.detail() + "\n\nformula: " + s.problem().formula());
        t.put("visibility", c.needsReference() ? "after_published" : "visible");
        return t;
    }

    /** Writes the report's JSON whole or not at all. */
    public static void write(GradeReport report, Path file) throws IOException {
        write(toJson(report), file);
    }

    /** Writes the file whole or not at all: to a temporary file first, then renamed over the target. */
    public static void write(ObjectNode json, Path file) throws IOException {
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(json));
    }

    private static double round(double points) {
        return Math.round(points * 1e4) / 1e4;
    }
}
