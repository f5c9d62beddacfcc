package nngrade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nngrade.problems.Catalogue;
import nngrade.problems.Problem;
import org.junit.jupiter.api.Test;

/**
 * gradebook.csv: CRLF lines, a header, the maximum points first, a status beside the total, and
 * cells no spreadsheet runs as a formula.
 */
class GradebookTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Problem> PROBLEMS = List.of(Catalogue.load().get("act.step"), Catalogue.load().get("act.relu"));

    @Test
    void headerThenMaximumThenOneRowPerStudentWithCrlf() {
        String csv = Gradebook.text(List.of(result("alice", "graded", 3, 1, 2), result("bob.zip", "not a zip", 0, 0, 0)),
                PROBLEMS);
        assertEquals("""
                student,total,status,act.step,act.relu\r
                Points Possible,3,maximum,1,2\r
                alice,3,graded,1,2\r
                bob.zip,0,not a zip,0,0\r
                """, csv);
    }

    @Test
    void pointsAreWrittenExactly() {
        String csv = Gradebook.text(List.of(result("carol", "graded", 1.4286, 1, 0.4286)), PROBLEMS);
        assertTrue(csv.contains("carol,1.4286,graded,1,0.4286\r\n"), csv);
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralised() {
        for (String id : List.of("=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
            String row = Gradebook.text(List.of(result(id, "graded", 0, 0, 0)), PROBLEMS).split("\r\n")[2];
            assertTrue(row.startsWith("\"'"), id + " became " + row);
        }
        assertTrue(Gradebook.text(List.of(result("Doe, \"Jane\"", "graded", 0, 0, 0)), PROBLEMS)
                .contains("\r\n\"Doe, \"\"Jane\"\"\",0,graded"));
    }

    private static JsonNode result(String student, String status, double total, double step, double relu) {
        ObjectNode r = JSON.createObjectNode();
        r.put("score", total);
        ObjectNode extra = r.putObject("extra_data");
        extra.put("student", student);
        extra.put("status", status);
        extra.putObject("problems").<ObjectNode>set("act.step", JSON.createObjectNode().put("score", step))
                .set("act.relu", JSON.createObjectNode().put("score", relu));
        return r;
    }
}
