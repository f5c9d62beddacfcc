package nngrade.submission;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import nngrade.problems.Solutions;

/**
 * Turns a submission's classes into a {@link Solutions}: loads them in a class loader that sees
 * only the JDK and the contract, and instantiates {@link Solutions#SUBMISSION_CLASS}.
 */
public final class SubmissionLoader {

    private SubmissionLoader() {
    }

    /**
     * Compiles every file as it is (no file set aside) and loads the result.
     *
     * @param sources the student's source folder; not modified
     * @param classes where the classes go; the caller deletes it when done with the submission
     * @throws CompileError if it does not compile, or has no factory class
     */
    public static Solutions load(Path sources, Path classes) throws CompileError, IOException {
        if (!Files.isDirectory(sources)) {
            throw CompileError.saying("not a folder of sources: " + sources.getFileName());
        }
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
                throw CompileError.saying(Solutions.SUBMISSION_CLASS + " does not implement " + Solutions.class.getName());
            }
            return (Solutions) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw CompileError.saying("no class " + Solutions.SUBMISSION_CLASS
                    + ": keep the template's StudentSolutions class and its package");
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw CompileError.saying(Solutions.SUBMISSION_CLASS + " needs a public no-argument constructor");
        } catch (InvocationTargetException e) {
            throw CompileError.saying(Solutions.SUBMISSION_CLASS + "'s constructor threw " + e.getCause());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
