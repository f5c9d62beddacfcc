package nngrade.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

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
        write(results, problems, out, fileName, Set.of());
    }

    /**
     * As {@link #write(List, List, Path, Function)}, but the pages in {@code upToDate} were
     * written from these very results during the run ({@link #writePage}) and are not drawn again.
     *
     * @param upToDate pages already written from the results; not modified
     */
    public static void write(List<JsonNode> results, List<String> problems, Path out,
            Function<String, String> fileName, Set<Path> upToDate) throws IOException {
        Set<Path> written = new HashSet<>();
        for (JsonNode r : results) {
            Path page = pageOf(r, out, fileName);
            if (!upToDate.contains(page)) {
                writePage(r, out, fileName);
            }
            written.add(page);
        }
        removeOthers(out.resolve("feedback"), written);
        ClassReport.write(results, problems, fileName, out.resolve("report.html"));
    }

    /**
     * Writes one student's page, as soon as their result is written: a batch then draws only the
     * class report at its end, when nothing else runs beside it.
     *
     * @return the page written
     */
    public static Path writePage(JsonNode result, Path out, Function<String, String> fileName) throws IOException {
        Path page = pageOf(result, out, fileName);
        FeedbackPage.write(result, result.path("extra_data").path("student").asText(), FeedbackPage.Reader.STUDENT,
                page);
        return page;
    }

    private static Path pageOf(JsonNode result, Path out, Function<String, String> fileName) {
        return out.resolve("feedback").resolve(fileName.apply(result.path("extra_data").path("student").asText()));
    }

    /**
     * Deletes the pages of students no longer in the batch (their submission left the folder), so
     * that feedback/ can be handed out whole. Their result files stay, as the summary says.
     */
    private static void removeOthers(Path folder, Set<Path> written) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> pages = Files.list(folder)) {
            for (Path p : pages.filter(p -> p.getFileName().toString().endsWith(".html")).toList()) {
                if (!written.contains(p)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
