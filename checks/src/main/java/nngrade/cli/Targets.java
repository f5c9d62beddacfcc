package nngrade.cli;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;
import nngrade.problems.Solutions;

/** Resolves what `nngrade check` examines: the reference, the template, or a submission's folder or zip. */
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

    /** @return the folder or zip a target names: "template" (the student's working copy) or a path */
    static Path submissionOf(String target) {
        if (target.equals("template")) {
            return home().resolve(TEMPLATE_SOURCES);
        }
        return Path.of(target).toAbsolutePath().normalize();
    }
}
