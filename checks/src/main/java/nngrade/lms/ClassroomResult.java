package nngrade.lms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * A GitHub Classroom runner's result: what the autograding actions hand their grading reporter, as
 * base64 in the step output {@code result}. {@code version} 1, {@code status} pass or fail,
 * {@code max_score}, and {@code tests[]} with {@code name}, {@code status}, {@code score} and
 * {@code message}. The reporter adds up {@code tests[].score} over runners and reports
 * "Points S/M" to Classroom, so each check carries its own share of points: partial credit as in
 * every other format.
 */
public final class ClassroomResult {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClassroomResult() {
    }

    /** @return the runner result of a Gradescope result */
    public static ObjectNode of(JsonNode gradescope) {
        ObjectNode r = JSON.createObjectNode();
        r.put("version", 1);
        boolean all = gradescope.path("score").asDouble() >= gradescope.path("max_score").asDouble();
        r.put("status", all ? "pass" : "fail");
        r.put("max_score", gradescope.path("max_score").asDouble());
        ArrayNode tests = r.putArray("tests");
        for (JsonNode t : gradescope.path("tests")) {
            ObjectNode test = tests.addObject();
            boolean passed = "passed".equals(t.path("status").asText());
            test.put("name", t.path("name").asText());
            test.put("status", passed ? "pass" : "fail");
            test.put("score", t.path("score").asDouble());
            test.put("message", passed ? "" : t.path("output").asText());
            test.put("test_code", "nngrade check, " + t.path("name").asText());
            test.put("filename", "");
            test.put("line_no", 0);
            test.put("execution_time", "0s");
        }
        return r;
    }

    /** @return the line a step appends to $GITHUB_OUTPUT: {@code result=BASE64} */
    public static String outputLine(JsonNode gradescope) {
        byte[] json = of(gradescope).toString().getBytes(StandardCharsets.UTF_8);
        return "result=" + Base64.getEncoder().encodeToString(json) + "\n";
    }

    /** @return "Points S/M" as the grading reporter totals it */
    public static String points(JsonNode runnerResult) {
        double total = 0;
        for (JsonNode t : runnerResult.path("tests")) {
            total += t.path("score").asDouble();
        }
        return String.format(Locale.ROOT, "Points %s/%s", total, runnerResult.path("max_score").asDouble());
    }
}
