package nngrade.lms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * GitHub Classroom's autograding for a student repository made from the handout:
 * {@code .github/workflows/classroom.yml}, the workflow Classroom's own autograding editor writes,
 * with one runner step (the handout's public checks, whose result goes to the step output
 * {@code result} in the runner format, {@link ClassroomResult}) and Classroom's grading reporter,
 * which totals the points and reports them to Classroom.
 */
public final class ClassroomWorkflow {

    /** Where the workflow goes in the student repository. */
    public static final String FILE = ".github/workflows/classroom.yml";

    private ClassroomWorkflow() {
    }

    /**
     * @param repository the student repository's root (a handout folder)
     * @param options    options of {@code nngrade check} to bake in, e.g. --seed 7
     * @param minutes    the step's time limit
     * @return the workflow file
     */
    public static Path write(Path repository, List<String> options, int minutes) throws IOException {
        Path file = repository.resolve(FILE);
        Files.createDirectories(file.getParent());
        String baked = String.join(" ", options.stream().map(GradescopeAutograder::quoted).toList());
        Files.writeString(file, GradescopeAutograder.resource("classroom.yml").replace("@OPTIONS@", baked)
                .replace("@MINUTES@", String.valueOf(minutes)), StandardCharsets.UTF_8);
        return file;
    }
}
