package nngrade.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The pages of a batch: OUT/feedback/STUDENT.html for every result and OUT/report.html for the
 * class, all drawn again from the result files on every run (so a resumed batch has every page).
 */
public final class FeedbackPages {

    private FeedbackPages() {
    }

    /**
     * @param results  every result of the batch
     * @param problems the problems graded, in catalogue order
     * @param out      the batch's output folder
     */
    public static void write(List<JsonNode> results, List<String> problems, Path out) throws IOException {
        Path folder = out.resolve("feedback");
        for (JsonNode r : results) {
            String student = r.path("extra_data").path("student").asText();
            FeedbackPage.write(r, student, folder.resolve(fileName(student)));
        }
        ClassReport.write(results, problems, out.resolve("report.html"));
    }

    /** @return the page's file name: the student id as the batch's result file has it, .html */
    static String fileName(String student) {
        return student.replaceAll("[^A-Za-z0-9._@-]", "_") + ".html";
    }
}
