package nngrade.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * summary.txt: how the class did. The mean and distribution of the total, the share of students
 * who solved each problem (full marks), and the most common first failure per problem: where to
 * spend the next lecture.
 */
public final class BatchSummary {

    private static final int BINS = 10;

    private BatchSummary() {
    }

    public static String text(List<JsonNode> results, List<String> problems) {
        StringBuilder out = new StringBuilder();
        int n = results.size();
        double[] totals = results.stream().mapToDouble(r -> r.get("score").asDouble()).sorted().toArray();
        double max = results.isEmpty() ? 0 : results.get(0).get("max_score").asDouble();
        out.append(String.format(Locale.ROOT, "%d submissions graded, out of %.2f points%n", n, max));
        if (n > 0) {
            out.append(String.format(Locale.ROOT, "total: mean %.2f, median %.2f, min %.2f, max %.2f%n%n",
                    Arrays.stream(totals).average().orElse(0), totals[n / 2], totals[0], totals[n - 1]));
            histogram(totals, max, out);
        }
        out.append(String.format(Locale.ROOT, "%n%-28s %8s  %s%n", "problem", "solved", "most common first failure"));
        for (String p : problems) {
            problemLine(results, p, out);
        }
        return out.toString();
    }

    public static void write(List<JsonNode> results, List<String> problems, Path file) throws IOException {
        AtomicFiles.write(file, text(results, problems).getBytes(StandardCharsets.UTF_8));
    }

    private static void histogram(double[] totals, double max, StringBuilder out) {
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

    private static void problemLine(List<JsonNode> results, String problem, StringBuilder out) {
        int solved = 0;
        Map<String, Integer> failures = new HashMap<>();
        for (JsonNode r : results) {
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
                results.isEmpty() ? 0 : 100.0 * solved / results.size(), common));
    }
}
