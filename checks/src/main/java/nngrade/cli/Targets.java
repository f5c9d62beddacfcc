package nngrade.cli;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nngrade.problems.Solutions;
import nngrade.submission.CompileError;
import nngrade.submission.SubmissionLoader;

/** Resolves what `nngrade check` examines: the reference, the template, or a folder of sources. */
final class Targets {

    static final String REFERENCE_CLASS = "nngrade.reference.ReferenceSolutions";
    static final String TEMPLATE_SOURCES = "student-template/src/main/java";

    private Targets() {
    }

    /** @return the project folder: where ./nngrade lives (set by the launcher), else the working directory */
    static Path home() {
        return Path.of(System.getProperty("nngrade.home", ".")).toAbsolutePath().normalize();
    }

    /**
     * @return the reference, if this build of nngrade has it (an instructor's build does; a
     *     student's handout does not)
     */
    static Optional<Solutions> reference() {
        try {
            return Optional.of((Solutions) Class.forName(REFERENCE_CLASS).getDeclaredConstructor().newInstance());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException e) {
            throw new IllegalStateException("cannot create the reference", e);
        }
    }

    /** @return the folder of sources a target names: "template" or a path */
    static Path sourcesOf(String target) {
        if (target.equals("template")) {
            return home().resolve(TEMPLATE_SOURCES);
        }
        Path p = Path.of(target).toAbsolutePath().normalize();
        Path maven = p.resolve("src/main/java");
        return Files.isDirectory(maven) ? maven : p;
    }

    /** @return what a target names as a submission: the template's sources, or the folder or .zip given */
    static Path submissionOf(String target) {
        return target.equals("template") ? sourcesOf(target) : Path.of(target).toAbsolutePath().normalize();
    }

    static Solutions load(String target) throws CompileError, IOException {
        if (target.equals("reference")) {
            return reference().orElseThrow(() -> new IllegalArgumentException(
                    "this build of nngrade has no reference (a student handout)"));
        }
        return SubmissionLoader.load(sourcesOf(target));
    }
}
