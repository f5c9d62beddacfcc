package nngrade.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * gradebook.csv for an LMS import: one row per student with the total and one column per problem,
 * built from the results files (so a resumed batch gives the same gradebook as an uninterrupted one).
 */
public final class Gradebook {

    private Gradebook() {
    }

    /**
     * @param results  each student's results JSON (with extra_data.student and extra_data.problems)
     * @param problems the problem ids, in column order
     */
    public static void write(List<JsonNode> results, List<String> problems, Path file) throws IOException {
        StringBuilder csv = new StringBuilder("student,total");
        problems.forEach(p -> csv.append(',').append(p));
        csv.append('\n');
        for (JsonNode r : results) {
            JsonNode extra = r.get("extra_data");
            csv.append(escape(extra.get("student").asText())).append(',').append(number(r.get("score").asDouble()));
            for (String p : problems) {
                JsonNode score = extra.get("problems").get(p);
                csv.append(',').append(score == null ? "" : number(score.get("score").asDouble()));
            }
            csv.append('\n');
        }
        AtomicFiles.write(file, csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
    static String escape(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
