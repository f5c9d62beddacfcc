package nngrade.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nngrade.checks.api.CheckSettings;
import nngrade.submission.SourceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems are settled unrun, "not implemented yet", only where the submission's sources are the
 * blank template bundled in the grader. An instructor's own template ({@code --template}) may hand
 * out working code, a worked example say: a student who leaves it as given earns its points.
 */
class InstructorTemplateTest {

    private static final String STEP = "nngrade/student/activations/Step.java";

    @TempDir
    Path dir;

    @Test
    void workingCodeFromTheInstructorsTemplateIsGradedNotSettled() throws Exception {
        Path template = dir.resolve("course-template");
        SourceFiles.copyTree(Submissions.TEMPLATE, template);
        Files.writeString(template.resolve(STEP), Submissions.GOOD_STEP); // the worked example
        SourceFiles.copyTree(template, dir.resolve("submissions/left-as-given"));
        SourceFiles.copyTree(Submissions.TEMPLATE, dir.resolve("submissions/blank"));
        Path out = dir.resolve("out");

        new BatchGrader(new BatchRequest(Set.of("act.step", "act.relu"), CheckSettings.DEFAULT_SEED, true),
                Limits.defaults(), template).run(dir.resolve("submissions"), out,
                new BatchGrader.Options(1, false, Set.of()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);

        assertEquals(Submissions.maxScore(out, "left-as-given", "act.step"),
                Submissions.score(out, "left-as-given", "act.step"), 1e-9);
        assertEquals(0, Submissions.score(out, "left-as-given", "act.relu"), 1e-9);
        assertEquals(0, Submissions.score(out, "blank", "act.step"), 1e-9);
    }
}
