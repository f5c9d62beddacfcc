package nngrade.lms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import nngrade.report.AtomicFiles;

/**
 * The results formats a grade can be written in. Every grade is first a result in Gradescope's
 * format (what the batch keeps in results/); the others are made from it.
 */
public enum ResultFormat {
    /** Gradescope's results.json: score, max_score, tests[] with visibility. */
    GRADESCOPE,
    /** PrairieLearn's external grader results: score in [0, 1], tests[] with points and max_points. */
    PRAIRIELEARN,
    /** A GitHub Classroom runner's result, as its grading reporter reads it (base64 in the step's output). */
    CLASSROOM;

    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** @return the name as written on the command line: gradescope, prairielearn, classroom */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return the result, a Gradescope results.json, in this format */
    public JsonNode convert(JsonNode gradescope) {
        return switch (this) {
            case GRADESCOPE -> gradescope;
            case PRAIRIELEARN -> PrairieLearnJson.of(gradescope);
            case CLASSROOM -> ClassroomResult.of(gradescope);
        };
    }

    /** Writes the result, a Gradescope results.json, in this format, whole or not at all. */
    public void write(JsonNode gradescope, Path file) throws IOException {
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(convert(gradescope)));
    }
}
