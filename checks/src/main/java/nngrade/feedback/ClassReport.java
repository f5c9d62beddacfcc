package nngrade.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import nngrade.problems.Catalogue;
import nngrade.report.AtomicFiles;

/**
 * The class report, OUT/report.html: how the class did, for the instructor. The distribution of
 * totals, the solve rate of each problem, the most common first failures (with a count and a
 * student to look at), and the students whose grading had trouble. Made from the batch's result
 * files alone, rebuilt on every run like gradebook.csv and summary.txt.
 */
public final class ClassReport {

    private static final int BINS = 10;
    /** First failures listed: the most common ones. */
    static final int TOP_FAILURES = 15;
    private static final int BAR_PIXELS = 160;

    private ClassReport() {
    }

    /** A problem's line: solved by how many, and what most often failed first. */
    public record ProblemLine(String id, String title, String solved, int barWidth, String commonFailure) {
    }

    /** A first failure shared by several students. */
    public record CommonFailure(String problem, String check, int count, String example, String examplePage) {
    }

    /** A student whose grading had trouble (a file that did not compile, a loop, a crash). */
    public record Trouble(String student, String page, String total, String trouble) {
    }

    /** The page's values. */
    public record Model(int students, String maxScore, String mean, String median, String min, String max,
            String histogram, List<ProblemLine> problems, List<CommonFailure> failures, List<Trouble> trouble) {

        public boolean hasTrouble() {
            return !trouble.isEmpty();
        }
    }

    /**
     * @param results  every student's result file, in the batch's format (extra_data.student, .problems)
     * @param problems the problem ids graded, in catalogue order
     */
    public static String html(List<JsonNode> results, List<String> problems) {
        return html(results, problems, student -> student + ".html");
    }

    /**
     * @param results  every student's result file, in the batch's format (extra_data.student, .problems)
     * @param problems the problem ids graded, in catalogue order
     * @param fileName the file name of a student's page in feedback/
     */
    public static String html(List<JsonNode> results, List<String> problems, Function<String, String> fileName) {
        Function<String, String> page = student -> "feedback/" + fileName.apply(student).replace("%", "%25");
        Catalogue catalogue = Catalogue.load();
        double[] totals = results.stream().mapToDouble(r -> r.path("score").asDouble()).sorted().toArray();
        double maxScore = results.isEmpty() ? 0 : results.get(0).path("max_score").asDouble();
        int n = totals.length;
        List<ProblemLine> lines = new ArrayList<>();
        Map<String, List<String>> firstFailures = new TreeMap<>();
        for (String id : problems) {
            lines.add(problemLine(results, id, catalogue.find(id).map(p -> p.title()).orElse(id), firstFailures));
        }
        return Templates.render("report", new Model(n, Numbers.points(maxScore), two(mean(totals)),
                n == 0 ? "-" : two(totals[n / 2]), n == 0 ? "-" : two(totals[0]), n == 0 ? "-" : two(totals[n - 1]),
                histogram(totals, maxScore), lines, common(firstFailures, page), trouble(results, page)));
    }

    public static void write(List<JsonNode> results, List<String> problems, Function<String, String> fileName,
            Path file) throws IOException {
        AtomicFiles.write(file, html(results, problems, fileName).getBytes(StandardCharsets.UTF_8));
        FeedbackPage.readable(file);
    }

    private static ProblemLine problemLine(List<JsonNode> results, String id, String title,
            Map<String, List<String>> firstFailures) {
        int solved = 0;
        int graded = 0;
        Map<String, Integer> failures = new LinkedHashMap<>();
        for (JsonNode r : results) {
            JsonNode p = r.path("extra_data").path("problems").path(id);
            if (p.isMissingNode()) {
                continue;
            }
            graded++;
            if (p.path("score").asDouble() >= p.path("max_score").asDouble()) {
                solved++;
            } else {
                String failure = p.path("first_failure").asText();
                failures.merge(failure, 1, Integer::sum);
                if (!failure.equals("not implemented yet")) {
                    firstFailures.computeIfAbsent(id + "\t" + failure, k -> new ArrayList<>())
                            .add(r.path("extra_data").path("student").asText());
                }
            }
        }
        double share = graded == 0 ? 0 : (double) solved / graded;
        String common = failures.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> e.getKey() + " (" + e.getValue() + ")").orElse("-");
        return new ProblemLine(id, title, Numbers.percent(share), (int) Math.round(share * BAR_PIXELS), common);
    }

    private static List<CommonFailure> common(Map<String, List<String>> firstFailures, Function<String, String> page) {
        return firstFailures.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, List<String>>>comparingInt(e -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP_FAILURES)
                .map(e -> {
                    String[] key = e.getKey().split("\t", 2);
                    String example = e.getValue().stream().sorted().findFirst().orElse("");
                    return new CommonFailure(key[0], key[1], e.getValue().size(), example, page.apply(example));
                })
                .toList();
    }

    private static List<Trouble> trouble(List<JsonNode> results, Function<String, String> page) {
        return results.stream()
                .filter(r -> !troubleOf(r).isEmpty())
                .map(r -> {
                    String student = r.path("extra_data").path("student").asText();
                    return new Trouble(student, page.apply(student), two(r.path("score").asDouble()), troubleOf(r));
                })
                .sorted(Comparator.comparing(Trouble::student))
                .toList();
    }

    /**
     * @return what went wrong grading a student, "" for nothing: the status and the trouble
     *     sentences of a batch's result (a list), or a text
     */
    private static String troubleOf(JsonNode result) {
        JsonNode extra = result.path("extra_data");
        JsonNode trouble = extra.path("trouble");
        List<String> sentences = new ArrayList<>();
        if (trouble.isArray()) {
            trouble.forEach(t -> sentences.add(t.asText()));
        } else if (trouble.isTextual()) {
            sentences.add(trouble.asText());
        }
        if (sentences.isEmpty()) {
            return "";
        }
        String status = extra.path("status").asText();
        String text = sentences.get(0) + (sentences.size() > 1 ? " (and " + (sentences.size() - 1) + " more)" : "");
        return status.isEmpty() || status.equals("graded") ? text : "[" + status + "] " + text;
    }

    private static String histogram(double[] totals, double max) {
        int[] counts = new int[BINS];
        String[] labels = new String[BINS];
        for (double t : totals) {
            counts[max <= 0 ? 0 : Math.min(BINS - 1, (int) (BINS * t / max))]++;
        }
        for (int b = 0; b < BINS; b++) {
            labels[b] = (b * 100 / BINS) + "-" + ((b + 1) * 100 / BINS);
        }
        return Charts.bars("Distribution of the total", "share of the maximum, %", "students", labels, counts);
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(0);
    }

    private static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
