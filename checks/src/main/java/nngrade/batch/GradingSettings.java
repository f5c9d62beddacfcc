package nngrade.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nngrade.submission.SourceFiles;

/**
 * Everything besides the submission that decides a grade: the grader's code, the template that
 * stands in for broken files, the seed, the problems graded, whether instructor-only checks ran,
 * and the limits. A result records them; a rerun with any of them changed regrades, and names
 * which changed.
 */
final class GradingSettings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode fields;

    /**
     * @param request  what every submission is graded with
     * @param problems the problem ids graded (the plan's, in catalogue order)
     * @param limits   the limits of one submission
     * @param template the template's source folder; not modified
     */
    GradingSettings(BatchRequest request, List<String> problems, Limits limits, Path template) throws IOException {
        fields = JSON.createObjectNode();
        fields.put("grader", GraderVersion.fingerprint());
        fields.put("template", templateFingerprint(template));
        fields.put("seed", request.seed());
        problems.forEach(fields.putArray("problems")::add);
        fields.put("instructor_checks", request.instructorChecks());
        fields.put("timeout_s", limits.submissionTimeout().toSeconds());
        if (limits.checkTimeout() == null) {
            fields.put("check_timeout_s", "each check's own");
        } else {
            fields.put("check_timeout_s", limits.checkTimeout().toSeconds());
        }
        fields.put("memory_mb", limits.heapMegabytes());
    }

    /** @return the settings as a result records them */
    ObjectNode toJson() {
        return fields.deepCopy();
    }

    /** @return the SHA-256 of the settings: equal exactly when every setting is */
    String fingerprint() {
        return Digest.of(fields.toString());
    }

    /** @return the names of the settings that differ from those a result recorded, e.g. [seed, problems] */
    List<String> differences(JsonNode recorded) {
        List<String> differ = new ArrayList<>();
        for (Iterator<String> names = fields.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            // as JSON text: a long written and read back is an int node, equal in value but not in type
            if (recorded == null || !fields.get(name).toString().equals(String.valueOf(recorded.get(name)))) {
                differ.add(name);
            }
        }
        return differ;
    }

    private static String templateFingerprint(Path template) throws IOException {
        Digest digest = new Digest();
        for (String file : SourceFiles.relativeJavaFiles(template)) {
            digest.add(file).add(Files.readAllBytes(template.resolve(file)));
        }
        return digest.hex();
    }
}
