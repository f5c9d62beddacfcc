package nngrade.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

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
     * @param fileName   the page's file name of a student id (the result file's, .html for .json)
     */
    public static void write(List<JsonNode> results, List<String> problems, Path out,
            Function<String, String> fileName) throws IOException {
        Path folder = out.resolve("feedback");
        for (JsonNode r : results) {
            String student = r.path("extra_data").path("student").asText();
            FeedbackPage.write(r, student, folder.resolve(fileName.apply(student)));
        }
        ClassReport.write(results, problems, fileName, out.resolve("report.html"));
    }
}
