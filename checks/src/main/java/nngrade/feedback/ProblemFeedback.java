package nngrade.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nngrade.problems.Catalogue;
import nngrade.problems.Problem;

/**
 * One problem of a result as a feedback page shows it: its points, and for a problem that ran but
 * lost points, every failed check taken apart and the plots that explain it.
 *
 * @param id        the problem id
 * @param title     the catalogue's title
 * @param formula   the catalogue's formula
 * @param earned    points earned
 * @param possible  points possible
 * @param notStarted whether every check said "not implemented yet"
 * @param failures  the failed checks, in the order they ran
 * @param plots     the pictures, drawn
 */
public record ProblemFeedback(String id, String title, String formula, double earned, double possible,
        boolean notStarted, List<CheckFailure> failures, List<Picture> plots) {

    /** A drawn plot: the SVG element and the sentence under it. */
    public record Picture(String svg, String note) {
    }

    private static final String NOT_IMPLEMENTED = "not implemented yet";
    /** Gradescope's visibility of an instructor-only check (see GradescopeJson). */
    private static final String INSTRUCTOR_ONLY = "after_published";

    /** @return the result's problems in the order of its tests (catalogue order), with their plots */
    static List<ProblemFeedback> of(JsonNode result, Map<String, List<Plot>> plots, boolean withhold) {
        Catalogue catalogue = Catalogue.load();
        Map<String, List<JsonNode>> tests = new LinkedHashMap<>();
        for (JsonNode t : result.path("tests")) {
            String name = t.path("name").asText();
            int colon = name.indexOf(": ");
            if (colon > 0) {
                tests.computeIfAbsent(name.substring(0, colon), k -> new ArrayList<>()).add(t);
            }
        }
        List<ProblemFeedback> problems = new ArrayList<>();
        tests.forEach((id, checks) -> problems.add(of(catalogue.find(id).orElse(null), id, checks,
                plots.getOrDefault(id, List.of()), withhold)));
        return problems;
    }

    private static ProblemFeedback of(Problem p, String id, List<JsonNode> checks, List<Plot> plots,
            boolean withhold) {
        double earned = 0;
        double possible = 0;
        boolean notStarted = true;
        List<CheckFailure> failures = new ArrayList<>();
        for (JsonNode t : checks) {
            earned += t.path("score").asDouble();
            possible += t.path("max_score").asDouble();
            String output = t.path("output").asText();
            notStarted &= output.startsWith(NOT_IMPLEMENTED);
            if (!"passed".equals(t.path("status").asText())) {
                String name = t.path("name").asText().substring(id.length() + 2);
                double points = t.path("max_score").asDouble();
                failures.add(withhold && INSTRUCTOR_ONLY.equals(t.path("visibility").asText())
                        ? CheckFailure.withheld(name, points) : CheckFailure.parse(name, points, output));
            }
        }
        List<Picture> pictures = plots.stream().map(pl -> new Picture(Charts.svg(pl), pl.note())).toList();
        return new ProblemFeedback(id, p == null ? id : p.title(), p == null ? "" : p.formula(),
                earned, p == null ? Math.round(possible * 1e4) / 1e4 : p.points(), notStarted && !failures.isEmpty(),
                failures, pictures);
    }

    public boolean full() {
        return failures.isEmpty();
    }

    /** @return the CSS class of its row: full, partial, zero or missing (not started) */
    public String state() {
        if (full()) {
            return "full";
        }
        if (notStarted) {
            return "missing";
        }
        return earned > 0 ? "partial" : "zero";
    }

    /** @return the table's last column: ok, not implemented yet, or the first failed check */
    public String firstFailure() {
        if (full()) {
            return "ok";
        }
        return notStarted ? NOT_IMPLEMENTED : failures.get(0).name();
    }

    public String earnedText() {
        return Numbers.points(Math.round(earned * 100) / 100.0);
    }

    public String possibleText() {
        return Numbers.points(possible);
    }

    /** @return whether the page explains it below the table: it ran and lost points */
    public boolean explained() {
        return !full() && !notStarted;
    }
}
