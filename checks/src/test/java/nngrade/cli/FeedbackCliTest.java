package nngrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nngrade.feedback.SelfContainedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The HTML feedback as an instructor and a student get it, from the command line: {@code grade}
 * writes OUT/feedback/STUDENT.html for every student and OUT/report.html, with the plots drawn in
 * the examiner (the parent never runs submitted code) and carried in the result files; {@code check
 * --html} writes the same page for one submission. carol's ELU derivative is wrong for x &lt;= 0
 * (examples/README.md), alice's is right: carol's page plots act.elu, alice's plots nothing.
 */
class FeedbackCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PROBLEMS = {"--problem", "act.elu", "--problem", "act.relu"};
    private static final Path EXAMPLES = Cli.HOME.resolve("examples/submissions");

    @TempDir
    Path dir;

    @Test
    void gradeWritesAFeedbackPagePerStudentAndTheClassReport() throws Exception {
        Path subs = dir.resolve("submissions");
        for (String student : List.of("alice", "carol")) {
            copyTree(EXAMPLES.resolve(student), subs.resolve(student));
        }
        Path out = dir.resolve("out");
        Cli.Run run = new Cli(dir.resolve("tmp")).run(concat(List.of("grade", subs.toString(), "--out", out.toString(),
                "--jobs", "2", "--format", "prairielearn"), PROBLEMS));
        assertEquals(0, run.exitCode(), run.all());

        JsonNode carolResult = JSON.readTree(out.resolve("results/carol.json").toFile());
        assertTrue(carolResult.get("extra_data").get("plots").size() >= 1, "the examiner drew carol's act.elu");

        Document carol = page(out.resolve("feedback/carol.html"));
        assertScoreTable(carol, carolResult);
        assertTrue(SelfContainedPage.svgCount(carol) >= 1, "a plot of the failing activation");
        assertTrue(plotUnder(carol, "act.elu"), "the plot is in act.elu's part of the page");

        Document alice = page(out.resolve("feedback/alice.html"));
        assertScoreTable(alice, JSON.readTree(out.resolve("results/alice.json").toFile()));
        assertEquals(0, SelfContainedPage.svgCount(alice), "full marks: nothing to plot");

        assertPrairieLearn(JSON.readTree(out.resolve("prairielearn/carol.json").toFile()), carolResult);

        String report = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        Document doc = SelfContainedPage.parse(report);
        assertTrue(SelfContainedPage.svgCount(doc) >= 1, "the distribution of totals is drawn");
        assertTrue(report.contains("feedback/carol.html#act.elu"), "the common first failure links its example");
    }

    @Test
    void checkHtmlWritesTheSamePageForOneSubmission() throws Exception {
        Path carol = dir.resolve("carol");
        copyTree(EXAMPLES.resolve("carol"), carol);
        Path html = dir.resolve("carol.html");
        Path json = dir.resolve("carol.json");
        Cli.Run run = new Cli(dir.resolve("tmp")).run(concat(List.of("check", carol.toString(), "--html",
                html.toString()), PROBLEMS));
        assertEquals(1, run.exitCode(), run.all());
        Document page = page(html);
        assertTrue(SelfContainedPage.svgCount(page) >= 1 && plotUnder(page, "act.elu"), "act.elu is plotted");

        Cli.Run isolated = new Cli(dir.resolve("tmp")).run(concat(List.of("check", carol.toString(), "--html",
                html.toString(), "--json", json.toString()), PROBLEMS));
        assertEquals(1, isolated.exitCode(), isolated.all());
        assertTrue(isolated.stdout().contains("sandboxed JVM"), isolated.all());
        Document graded = page(html);
        assertScoreTable(graded, JSON.readTree(json.toFile()));
        assertTrue(plotUnder(graded, "act.elu"), "drawn in the examiner, through the checks' proxies");
    }

    /**
     * PrairieLearn's external grader results: gradable, score as a fraction in [0, 1], and one test
     * per check with points and max_points, adding up to the Gradescope result it is made from.
     */
    private static void assertPrairieLearn(JsonNode pl, JsonNode gradescope) {
        assertTrue(pl.get("gradable").asBoolean());
        double max = gradescope.get("max_score").asDouble();
        assertEquals(gradescope.get("score").asDouble() / max, pl.get("score").asDouble(), 1e-9);
        assertTrue(pl.get("message").isTextual() && pl.get("output").isTextual());
        double points = 0;
        double maxPoints = 0;
        for (JsonNode t : pl.get("tests")) {
            assertTrue(t.get("name").isTextual() && t.get("description").isTextual() && t.get("message").isTextual());
            points += t.get("points").asDouble();
            maxPoints += t.get("max_points").asDouble();
        }
        assertEquals(gradescope.get("tests").size(), pl.get("tests").size(), "one test per check");
        assertEquals(gradescope.get("score").asDouble(), points, 1e-6);
        assertEquals(max, maxPoints, 1e-6);
    }

    private static Document page(Path file) throws Exception {
        assertTrue(Files.isRegularFile(file), file + " was written");
        return SelfContainedPage.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The page's score table: one row per problem of the result, with its points. */
    private static void assertScoreTable(Document page, JsonNode result) {
        Element table = (Element) page.getElementsByTagNameNS("*", "table").item(0);
        NodeList rows = table.getElementsByTagNameNS("*", "tr");
        JsonNode problems = result.get("extra_data").get("problems");
        assertEquals(problems.size() + 1, rows.getLength(), "a header and one row per problem");
        for (int i = 1; i < rows.getLength(); i++) {
            String text = rows.item(i).getTextContent();
            String id = rows.item(i).getFirstChild().getTextContent();
            assertTrue(problems.has(id), text);
            double earned = problems.get(id).get("score").asDouble();
            String points = earned == Math.rint(earned) ? String.valueOf((long) earned)
                    : String.format(java.util.Locale.ROOT, "%.2f", earned);
            assertTrue(text.contains(points + " / " + problems.get(id).get("max_score").asInt()),
                    id + " shows its points " + points + ": " + text);
        }
    }

    /** @return whether an inline SVG follows the heading of a problem before the next problem's heading */
    private static boolean plotUnder(Document page, String problem) {
        NodeList all = page.getElementsByTagNameNS("*", "*");
        boolean inside = false;
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getLocalName().equals("h2")) {
                inside = problem.equals(e.getAttribute("id"));
            } else if (inside && e.getLocalName().equals("svg") && SelfContainedPage.SVG.equals(e.getNamespaceURI())) {
                return true;
            }
        }
        return false;
    }

    private static String[] concat(List<String> first, String... more) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
