package nngrade.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nngrade.problems.Problem;
import nngrade.submission.Intake;
import nngrade.submission.SubmissionStatus;

/**
 * summary.txt: how the class did, and who needs a look. The mean and distribution of the total,
 * the share of students who solved each problem (full marks) and the most common first failure
 * per problem (where to spend the next lecture), all over the submissions that were graded; then,
 * apart from those statistics, the submissions that could not be graded (empty, unreadable, too
 * large, a grader error), and the students whose grading had trouble (files set aside, checks
 * stopped), one line each.
 */
public final class BatchSummary {

    private static final int BINS = 10;
    /** Characters of a trouble sentence shown in the one-line lists; the results file has it whole. */
    private static final int LINE = 160;

    private BatchSummary() {
    }

    /**
     * @param results  each student's results JSON, in id order
     * @param problems the problems graded
     * @param remarks  sentences about the batch itself (entries ignored, results kept from elsewhere)
     */
    public static String text(List<JsonNode> results, List<Problem> problems, List<String> remarks) {
        List<JsonNode> graded = results.stream().filter(r -> status(r).inStatistics()).toList();
        List<JsonNode> apart = results.stream().filter(r -> !status(r).inStatistics()).toList();
        StringBuilder out = new StringBuilder();
        int max = problems.stream().mapToInt(Problem::points).sum();
        out.append(String.format(Locale.ROOT, "%d submissions graded, out of %d points%s%n", graded.size(), max,
                apart.isEmpty() ? "" : "; " + apart.size() + " not graded (listed below, not in these statistics)"));
        statistics(graded, max, out);
        out.append(String.format(Locale.ROOT, "%n%-28s %8s  %s%n", "problem", "solved", "most common first failure"));
        for (Problem p : problems) {
            problemLine(graded, p.id(), out);
        }
        list("not graded (empty, unreadable or too large, or a grader error: rerun to retry a grader error)", apart, out);
        list("students with trouble (see their results file for all of it)",
                graded.stream().filter(r -> !r.get("extra_data").path("trouble").isEmpty()).toList(), out);
        if (!remarks.isEmpty()) {
            out.append(String.format("%nabout this batch:%n"));
            remarks.forEach(r -> out.append(String.format("  %s%n", r)));
        }
        return out.toString();
    }

    public static void write(List<JsonNode> results, List<Problem> problems, List<String> remarks, Path file)
            throws IOException {
        AtomicFiles.write(file, text(results, problems, remarks).getBytes(StandardCharsets.UTF_8));
    }

    private static void statistics(List<JsonNode> graded, int max, StringBuilder out) {
        int n = graded.size();
        if (n == 0) {
            return;
        }
        double[] totals = graded.stream().mapToDouble(r -> r.get("score").asDouble()).sorted().toArray();
        out.append(String.format(Locale.ROOT, "total: mean %.2f, median %.2f, min %.2f, max %.2f%n%n",
                Arrays.stream(totals).average().orElse(0), totals[n / 2], totals[0], totals[n - 1]));
        int[] counts = new int[BINS];
        for (double t : totals) {
            counts[max <= 0 ? 0 : Math.min(BINS - 1, (int) (BINS * t / max))]++;
        }
        out.append("distribution of the total (share of the maximum):\n");
        for (int b = 0; b < BINS; b++) {
            out.append(String.format(Locale.ROOT, "  %3d%% - %3d%%  %4d  %s%n", b * 100 / BINS, (b + 1) * 100 / BINS,
                    counts[b], "#".repeat(counts[b])));
        }
    }

    private static void problemLine(List<JsonNode> graded, String problem, StringBuilder out) {
        int solved = 0;
        Map<String, Integer> failures = new HashMap<>();
        for (JsonNode r : graded) {
            JsonNode p = r.get("extra_data").get("problems").get(problem);
            if (p == null) {
                continue;
            }
            if (p.get("score").asDouble() >= p.get("max_score").asDouble()) {
                solved++;
            } else {
                failures.merge(p.get("first_failure").asText(), 1, Integer::sum);
            }
        }
        String common = failures.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(e -> e.getKey() + " (" + e.getValue() + ")").orElse("-");
        out.append(String.format(Locale.ROOT, "%-28s %7.0f%%  %s%n", problem,
                graded.isEmpty() ? 0 : 100.0 * solved / graded.size(), common));
    }

    /** One line per result: id, status, and the first line of its first trouble sentence. */
    private static void list(String title, List<JsonNode> results, StringBuilder out) {
        if (results.isEmpty()) {
            return;
        }
        out.append(String.format("%n%s:%n", title));
        for (JsonNode r : results) {
            JsonNode extra = r.get("extra_data");
            List<String> trouble = new ArrayList<>();
            extra.path("trouble").forEach(t -> trouble.add(t.asText()));
            String first = trouble.isEmpty() ? "" : clip(trouble.get(0).lines().findFirst().orElse(""))
                    + (trouble.size() > 1 ? " (and " + (trouble.size() - 1) + " more)" : "");
            out.append(String.format(Locale.ROOT, "  %s [%s] %s%n", Intake.shown(extra.get("student").asText()),
                    status(r).label(), first));
        }
    }

    private static SubmissionStatus status(JsonNode result) {
        return SubmissionStatus.fromLabel(result.get("extra_data").path("status").asText(""));
    }

    private static String clip(String s) {
        return s.length() <= LINE ? s : s.substring(0, LINE - 3) + "...";
    }
}
