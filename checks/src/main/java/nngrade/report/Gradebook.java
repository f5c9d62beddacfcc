package nngrade.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nngrade.problems.Problem;

/**
 * gradebook.csv for an LMS import, built from the results files (so a resumed batch gives the same
 * gradebook as an uninterrupted one). Columns: student (the id verbatim), total, status, then one
 * per problem graded. The first row after the header holds the maximum points, with the student
 * cell "Points Possible" as Canvas expects and the status "maximum". Lines end in CRLF (RFC 4180);
 * text cells are neutralised against formula injection ({@link CsvCell}); points are written
 * exactly (at most four decimals, as the results hold them), so the problem columns add up to the
 * total.
 */
public final class Gradebook {

    static final String MAXIMUM_ROW = "Points Possible";
    private static final String CRLF = "\r\n";

    private Gradebook() {
    }

    /**
     * @param results  each student's results JSON (extra_data.student, .status and .problems), in row order
     * @param problems the problems graded, in column order
     */
    public static String text(List<JsonNode> results, List<Problem> problems) {
        StringBuilder csv = new StringBuilder("student,total,status");
        problems.forEach(p -> csv.append(',').append(CsvCell.of(p.id())));
        csv.append(CRLF).append(MAXIMUM_ROW).append(',')
                .append(number(problems.stream().mapToInt(Problem::points).sum())).append(",maximum");
        problems.forEach(p -> csv.append(',').append(number(p.points())));
        csv.append(CRLF);
        for (JsonNode r : results) {
            JsonNode extra = r.get("extra_data");
            csv.append(CsvCell.of(extra.get("student").asText())).append(',').append(number(r.get("score").asDouble()))
                    .append(',').append(CsvCell.of(extra.path("status").asText("")));
            for (Problem p : problems) {
                JsonNode score = extra.get("problems").get(p.id());
                csv.append(',').append(score == null ? "" : number(score.get("score").asDouble()));
            }
            csv.append(CRLF);
        }
        return csv.toString();
    }

    public static void write(List<JsonNode> results, List<Problem> problems, Path file) throws IOException {
        AtomicFiles.write(file, text(results, problems).getBytes(StandardCharsets.UTF_8));
    }

    /** @return the points as the results hold them (four decimals at most), without trailing zeros */
    private static String number(double v) {
        return BigDecimal.valueOf(v).setScale(PointSplit.DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }
}
