package nngrade.feedback;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch's pages are handed to students: a failed instructor-only check shows its name and points
 * but neither its message, its input nor what the code printed (a student who prints its arguments
 * would otherwise read the hidden fixture), while {@code check --html}, read by whoever ran the
 * checks, shows everything. And feedback/ holds the pages of the students now in the batch only.
 */
class StudentPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HIDDEN_VALUE = "0.7310585786300049";
    private static final String PUBLIC_VALUE = "0.2689414213699951";

    @Test
    void aStudentsPageWithholdsWhatAnInstructorOnlyCheckSaw() {
        ObjectNode r = result("ann");
        String page = FeedbackPage.html(r, "ann", FeedbackPage.Reader.STUDENT);
        assertTrue(page.contains(PUBLIC_VALUE), "the public check's message is shown");
        assertTrue(page.contains("agrees with torch"), "the instructor-only check is named");
        assertTrue(page.contains("stay with your instructor"), "and says why its details are missing");
        assertFalse(page.contains(HIDDEN_VALUE), "its expected value is not");
        assertFalse(page.contains("[3.5]"), "nor its input");
        assertFalse(page.contains("printed-arguments"), "nor what the code printed during it");
    }

    @Test
    void whoeverRanTheChecksSeesEverything() {
        String page = FeedbackPage.html(result("ann"), "ann", FeedbackPage.Reader.RUNNER);
        assertTrue(page.contains(HIDDEN_VALUE));
        assertTrue(page.contains("[3.5]"));
        assertTrue(page.contains("printed-arguments"));
    }

    @Test
    void pagesOfStudentsNoLongerInTheBatchAreRemoved(@TempDir Path out) throws Exception {
        Path folder = Files.createDirectories(out.resolve("feedback"));
        Files.writeString(folder.resolve("left-the-course.html"), "<html/>");
        Files.writeString(folder.resolve("notes.txt"), "the instructor's own file");
        FeedbackPages.write(List.of(result("ann")), List.of("act.relu"), out, id -> id + ".html");
        assertTrue(Files.isRegularFile(folder.resolve("ann.html")));
        assertFalse(Files.exists(folder.resolve("left-the-course.html")));
        assertTrue(Files.exists(folder.resolve("notes.txt")), "only pages are nngrade's to remove");
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
    }

    /** A result in Gradescope's format with one failed public check and one failed instructor-only check. */
    private static ObjectNode result(String student) {
        ObjectNode r = JSON.createObjectNode();
        r.put("score", 0.5);
        r.put("max_score", 2);
        r.put("output", "0.50 / 2.00 points; seed 42");
        ArrayNode tests = r.putArray("tests");
        tests.add(test("act.relu: matches the notes' worked example", "visible",
                "forward at x = -1: expected " + PUBLIC_VALUE + ", got 0.5: off by 0.23, 86% of 0.27\n"
                        + "smallest failing input: x = [-1.0]"));
        tests.add(test("act.relu: agrees with torch", "after_published",
                "forward: expected " + HIDDEN_VALUE + ", got 3.5: off by 2.8\n"
                        + "smallest failing input: x = [3.5]\n"
                        + "your code printed (first lines):\n> printed-arguments 3.5"));
        ObjectNode extra = r.putObject("extra_data");
        extra.put("student", student);
        extra.putArray("trouble");
        return r;
    }

    private static ObjectNode test(String name, String visibility, String output) {
        ObjectNode t = JSON.createObjectNode();
        t.put("name", name);
        t.put("score", 0);
        t.put("max_score", 1);
        t.put("status", "failed");
        t.put("output", output + "\n\nformula: max(0, x)");
        t.put("visibility", visibility);
        return t;
    }
}
