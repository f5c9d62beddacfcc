package nngrade.bugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import nngrade.engine.GradeReport;
import nngrade.feedback.ClassReport;
import nngrade.feedback.FeedbackPage;
import nngrade.feedback.Pictures;
import nngrade.feedback.PlotJson;
import nngrade.feedback.SelfContainedPage;
import nngrade.problems.Solutions;
import nngrade.report.GradescopeJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The feedback page and the class report are self-contained, well-formed pages: they parse as XML
 * (XHTML with inline SVG), hold no script and reach for nothing outside the file, and say what a
 * student and an instructor need. The demo page is a class-mate with five mistakes of the bug
 * catalogue, one of each kind of picture; it is kept in target/feedback-demo/ for the screenshots
 * of docs/ (docs/screenshots.sh).
 */
class FeedbackPagesTest {

    /** One mistake of each kind of picture: an activation, an optimizer, an initializer, two minimizers. */
    static final List<String> DEMO_BUGS = List.of("bug-tanh-derivative-one-minus-tanh",
            "bug-adam-without-bias-correction", "bug-lecun-std-is-one-over-fan-in", "bug-golden-section-ratio-one-half",
            "bug-bfgs-update-result-discarded");
    private static final Set<String> DEMO_PROBLEMS = new LinkedHashSet<>(List.of("act.relu", "act.tanh",
            "optim.adam", "init.lecun", "ls.golden_section", "opt.bfgs"));
    static final Path DEMO = Path.of("target/feedback-demo");

    private static ObjectNode demo;
    private static String page;

    @BeforeAll
    static void gradeTheDemo() throws Exception {
        Solutions s = Composite.of(DEMO_BUGS);
        GradeReport report = Grading.asInstructor(s, DEMO_PROBLEMS);
        demo = GradescopeJson.toJson(report, List.of());
        ObjectNode extra = (ObjectNode) demo.get("extra_data");
        extra.put("student", "demo");
        extra.putArray("trouble");
        extra.set("plots", PlotJson.toJson(Pictures.draw(Pictures.worthDrawing(report), s, null,
                Pictures.inThisJvm())));
        page = FeedbackPage.html(demo, "demo");
        Files.createDirectories(DEMO);
        Files.writeString(DEMO.resolve("feedback.html"), page);
    }

    @Test
    void theFeedbackPageIsSelfContainedXhtml() throws Exception {
        Document doc = selfContained(page);
        int plots = demo.get("extra_data").get("plots").size();
        assertEquals(6, plots, "tanh (f and f'), adam, lecun, golden section and bfgs each drew their picture(s)");
        assertEquals(plots, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength(),
                "every plot is drawn inline");
    }

    @Test
    void theFeedbackPageTakesEachFailureApart() {
        for (JsonNode t : demo.get("tests")) {
            if (!t.get("status").asText().equals("passed")) {
                String check = t.get("name").asText().split(": ", 2)[1];
                assertTrue(page.contains("Failed: " + escaped(check)), "the page explains " + t.get("name"));
            }
        }
        assertTrue(page.contains("the input that broke it"), "inputs are quoted");
        assertTrue(page.contains("<th>expected</th><th>yours</th>"), "expected against actual is tabulated");
        assertFalse(page.contains("<h2 id=\"act.relu\">"), "a problem with full marks is not explained");
    }

    @Test
    void theClassReportIsSelfContainedAndCountsFirstFailures() throws Exception {
        List<JsonNode> results = new ArrayList<>();
        for (String student : List.of("ann", "ben", "cid")) {
            ObjectNode r = demo.deepCopy();
            ((ObjectNode) r.get("extra_data")).put("student", student);
            ObjectNode problems = ((ObjectNode) r.get("extra_data")).putObject("problems");
            problems.putObject("act.tanh").put("score", 1).put("max_score", 3)
                    .put("first_failure", "backward matches central differences of forward");
            problems.putObject("act.relu").put("score", 2).put("max_score", 2).put("first_failure", "");
            if (student.equals("cid")) {
                ObjectNode extra = (ObjectNode) r.get("extra_data");
                extra.put("status", "partly compiled");
                extra.putArray("trouble").add("Relu.java does not compile");
            }
            results.add(r);
        }
        String report = ClassReport.html(results, List.of("act.relu", "act.tanh"));
        Files.writeString(DEMO.resolve("report.html"), report);
        selfContained(report);
        assertTrue(report.contains("<td class=\"num\">3</td><td><a href=\"feedback/ann.html#act.tanh\">ann</a>"),
                "the common first failure is counted, with an example student");
        assertTrue(report.contains("[partly compiled] Relu.java does not compile"), "students with trouble are listed");
        assertTrue(report.contains("<td class=\"num\">100%</td>") && report.contains("<td class=\"num\">0%</td>"),
                "solve rates");
    }

    static Document selfContained(String html) throws Exception {
        return SelfContainedPage.parse(html);
    }

    private static String escaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;").replace("=", "&#61;");
    }
}
