package nngrade.submission;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import nngrade.problems.Solutions;

/**
 * Turns a folder of student sources into a {@link Solutions}: compiles it against the contract,
 * loads it in a class loader that sees only the JDK and the contract, and instantiates
 * {@link Solutions#SUBMISSION_CLASS}.
 */
public final class SubmissionLoader {

    private SubmissionLoader() {
    }

    /**
     * @param sources the student's source folder (the template's src/main/java, edited); not modified
     * @throws CompileError if it does not compile, or has no factory class
     */
    public static Solutions load(Path sources) throws CompileError, IOException {
        if (!Files.isDirectory(sources)) {
            throw new CompileError(java.util.List.of("not a folder of sources: " + sources));
        }
        Path classes = Files.createTempDirectory("nngrade-submission");
        SubmissionCompiler.compile(sources, classes);
        return instantiate(classes);
    }

    /** Loads already compiled classes: the batch child does this in its sandbox. */
    @SuppressWarnings("resource") // the loader lives as long as the submission's objects
    public static Solutions instantiate(Path classes) throws CompileError {
        ClassLoader parent = new ContractOnlyClassLoader(SubmissionLoader.class.getClassLoader());
        try {
            URLClassLoader loader = new URLClassLoader("nngrade-submission",
                    new URL[] {classes.toUri().toURL()}, parent);
            Class<?> type = Class.forName(Solutions.SUBMISSION_CLASS, true, loader);
            if (!Solutions.class.isAssignableFrom(type)) {
                throw new CompileError(java.util.List.of(Solutions.SUBMISSION_CLASS + " does not implement "
                        + Solutions.class.getName()));
            }
            return (Solutions) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new CompileError(java.util.List.of("no class " + Solutions.SUBMISSION_CLASS
                    + ": keep the template's StudentSolutions class and its package"));
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new CompileError(java.util.List.of(Solutions.SUBMISSION_CLASS
                    + " needs a public no-argument constructor"));
        } catch (InvocationTargetException e) {
            throw new CompileError(java.util.List.of(Solutions.SUBMISSION_CLASS + "'s constructor threw "
                    + e.getCause()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
