package nngrade.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nngrade.report.AtomicFiles;

/**
 * A student's feedback page, one self-contained HTML file (inline SVG, inline style, no script,
 * nothing fetched): the score table, then for every problem that lost points each failed check
 * with its message, the input that broke it, expected against actual, and the plots that show it.
 * Made from a result in Gradescope's format (with {@code extra_data.plots}), so the same page comes
 * out of {@code nngrade grade} and of {@code nngrade check --html}.
 */
public final class FeedbackPage {

    private FeedbackPage() {
    }

    /** The page's values, for the template. */
    public record Model(String student, String score, String maxScore, String percent, String run, String trouble,
            List<ProblemFeedback> problems, List<ProblemFeedback> explained, List<String> notStarted) {

        public boolean hasTrouble() {
            return trouble != null && !trouble.isEmpty();
        }

        public boolean hasNotStarted() {
            return !notStarted.isEmpty();
        }

        public int notStartedCount() {
            return notStarted.size();
        }
    }

    /**
     * Who reads a page. A batch's pages go to students, so an instructor-only check shows its name
     * and points but not its message or input: those would publish the hidden fixture (its values
     * stay in the student's result file, for the instructor). {@code check --html} is read by whoever
     * ran the checks, who has them all anyway.
     */
    public enum Reader {
        /** a batch's page: instructor-only checks' details withheld */
        STUDENT,
        /** the one who ran {@code check}: everything shown */
        RUNNER
    }

    /** @return the page of one result, for a student of a batch */
    public static String html(JsonNode result, String student) {
        return html(result, student, Reader.STUDENT);
    }

    /** @return the page of one result, for the given reader */
    public static String html(JsonNode result, String student, Reader reader) {
        Map<String, List<Plot>> plots = new LinkedHashMap<>();
        for (Plot p : PlotJson.of(result)) {
            plots.computeIfAbsent(p.problemId(), k -> new java.util.ArrayList<>()).add(p);
        }
        List<ProblemFeedback> problems = ProblemFeedback.of(result, plots, reader == Reader.STUDENT);
        double score = result.path("score").asDouble();
        double max = result.path("max_score").asDouble();
        return Templates.render("feedback", new Model(student, Numbers.points(Math.round(score * 100) / 100.0),
                Numbers.points(max), max > 0 ? Numbers.percent(score / max) : "-",
                result.path("output").asText().lines().findFirst().orElse(""),
                troubleText(result.path("extra_data").path("trouble")), problems,
                problems.stream().filter(ProblemFeedback::explained).toList(),
                problems.stream().filter(ProblemFeedback::notStarted).map(ProblemFeedback::id).toList()));
    }

    /** @return what went wrong, one sentence a line (a batch's result holds a list, older ones a text), or null */
    private static String troubleText(JsonNode trouble) {
        if (trouble.isArray()) {
            List<String> lines = new java.util.ArrayList<>();
            trouble.forEach(t -> lines.add(t.asText()));
            return lines.isEmpty() ? null : String.join("\n", lines);
        }
        return trouble.isTextual() ? trouble.asText() : null;
    }

    /** Writes the page whole or not at all. */
    public static void write(JsonNode result, String student, Reader reader, Path file) throws IOException {
        AtomicFiles.write(file, html(result, student, reader).getBytes(StandardCharsets.UTF_8));
        readable(file);
    }

    /** A page is for reading: rw-r--r-- (the temporary file it was written through was private). */
    static void readable(Path file) throws IOException {
        try {
            java.nio.file.Files.setPosixFilePermissions(file,
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its default applies
        }
    }
}
