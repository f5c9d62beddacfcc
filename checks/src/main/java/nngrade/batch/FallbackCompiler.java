package nngrade.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nngrade.submission.CompileError;
import nngrade.submission.SubmissionCompiler;

/**
 * Compiles a submission so that one broken file does not sink the rest: a source file that does
 * not compile is replaced by the template's version of the same file (whose problems then score
 * 0, as "not implemented yet") and the compilation is tried again. The notes quote the
 * compiler's error for every file replaced.
 */
final class FallbackCompiler {

    /** A replacement can make another file fail; give up after this many rounds. */
    private static final int MAX_ROUNDS = 10;

    private FallbackCompiler() {
    }

    /** The compiled classes and what had to be replaced. */
    record Result(Path classes, List<String> notes) {
    }

    /**
     * @param sources  the student's source folder; not modified (a copy is compiled)
     * @param template the template's source folder
     * @param work     a private scratch folder
     * @throws CompileError if the submission cannot be compiled even with every broken file replaced
     */
    static Result compile(Path sources, Path template, Path work) throws CompileError, IOException {
        Path src = work.resolve("src");
        copyTree(sources, src);
        List<String> notes = new ArrayList<>();
        CompileError last = null;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Path classes = work.resolve("classes-" + round);
            try {
                SubmissionCompiler.compile(src, classes);
                return new Result(classes, notes);
            } catch (CompileError e) {
                last = e;
                if (e.byFile().isEmpty() || !replaceBrokenFiles(e.byFile(), src, template, notes)) {
                    break;
                }
            }
        }
        throw last;
    }

    /** @return whether anything was replaced (if not, another round cannot help) */
    private static boolean replaceBrokenFiles(Map<String, List<String>> byFile, Path src, Path template,
            List<String> notes) throws IOException {
        boolean changed = false;
        for (Map.Entry<String, List<String>> e : byFile.entrySet()) {
            Path student = src.resolve(e.getKey());
            Path original = template.resolve(e.getKey());
            String error = e.getValue().get(0);
            if (Files.exists(original) && Files.mismatch(original, student) != -1L) {
                Files.copy(original, student, StandardCopyOption.REPLACE_EXISTING);
                notes.add(e.getKey() + " does not compile, so the template's version was graded in its place ("
                        + error + ")");
                changed = true;
            } else if (!Files.exists(original)) {
                Files.delete(student);
                notes.add(e.getKey() + " does not compile and is not a template file, so it was left out (" + error + ")");
                changed = true;
            }
        }
        return changed;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (p.toString().endsWith(".java")) {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
