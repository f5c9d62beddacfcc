package nngrade.lms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * PrairieLearn's external grader results (what a grader writes to /grade/results/results.json):
 * {@code gradable}, {@code score} as a fraction in [0, 1], {@code message}, {@code output}, and
 * {@code tests[]} with {@code name}, {@code description}, {@code points}, {@code max_points},
 * {@code message} and {@code output}. One test per check, as in the Gradescope result it is made
 * from; PrairieLearn has no per-test visibility, so an instructor-only check says so in its
 * description.
 */
public final class PrairieLearnJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PrairieLearnJson() {
    }

    /** @return the PrairieLearn result of a Gradescope result */
    public static ObjectNode of(JsonNode gradescope) {
        ObjectNode pl = JSON.createObjectNode();
        double score = gradescope.path("score").asDouble();
        double max = gradescope.path("max_score").asDouble();
        String output = gradescope.path("output").asText();
        pl.put("gradable", true);
        pl.put("score", max > 0 ? Math.min(1, Math.max(0, score / max)) : 0);
        JsonNode trouble = gradescope.path("extra_data").path("trouble");
        String first = trouble.isArray() && trouble.size() > 0 ? trouble.get(0).asText()
                : trouble.isTextual() ? trouble.asText() : "";
        pl.put("message", output.lines().findFirst().orElse("") + (first.isEmpty() ? "" : "; " + first));
        pl.put("output", output);
        ArrayNode tests = pl.putArray("tests");
        for (JsonNode t : gradescope.path("tests")) {
            ObjectNode test = tests.addObject();
            test.put("name", t.path("name").asText());
            test.put("description", "after_published".equals(t.path("visibility").asText())
                    ? "instructor-only check (compares with the reference on fresh inputs)" : "public check");
            test.put("points", t.path("score").asDouble());
            test.put("max_points", t.path("max_score").asDouble());
            String text = t.path("output").asText();
            test.put("message", text.lines().findFirst().orElse(""));
            test.put("output", text);
        }
        return pl;
    }

    /** Writes OUT/prairielearn/STUDENT.json beside every OUT/results/STUDENT.json of a batch. */
    public static void writeBatch(Path out) throws IOException {
        Path folder = out.resolve("prairielearn");
        try (Stream<Path> results = Files.list(out.resolve("results"))) {
            for (Path r : results.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                ResultFormat.PRAIRIELEARN.write(JSON.readTree(r.toFile()), folder.resolve(r.getFileName()));
            }
        }
    }
}
