package nngrade.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a submission so that one broken file costs only its own problems. A file is set aside,
 * with one sentence naming it and saying what to do, when it
 * <ul>
 * <li>is a {@code module-info.java} (on the class path a module declaration hides the contract and
 *     every file fails with "is not visible"),
 * <li>cannot be parsed,
 * <li>declares a package other than its folder's (its class is then not where the factory looks),
 * <li>does not compile, or breaks a template file it must fit (e.g. a constructor the factory calls).
 * </ul>
 * A file set aside is replaced by the template's version (its problems then score 0, as "not
 * implemented yet") or, if the template has no such file, left out. Template files the submission
 * lacks are taken from the template, so a partial tree still compiles.
 *
 * <p>A library function: sources, template and a work folder in, classes and notes out, so it can
 * run in whatever process the caller chooses.
 */
public final class FallbackCompiler {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final String GRADED_IN_PLACE = "the template's version was graded in its place (its problems score 0)";
    private static final String LEFT_OUT = "it was left out (it is not one of the template's files)";
    private static final String SEE_BELOW = ". Fix the errors below and check again:";

    private final Path src;
    private final Path template;
    private final List<SetAside> setAside = new ArrayList<>();

    private FallbackCompiler(Path src, Path template) {
        this.src = src;
        this.template = template;
    }

    /**
     * @param sources  the submission's source folder (its package folders at the top); not modified
     * @param template the template's source folder; not modified
     * @param work     a private scratch folder: the sources are copied to work/src, classes go to work/classes-N
     * @return the compiled classes and every file set aside or filled in
     * @throws CompileError if the submission has no source file, or cannot be compiled even with every
     *     file at fault set aside (the template itself then does not compile)
     */
    public static Compilation compile(Path sources, Path template, Path work) throws CompileError, IOException {
        if (SubmissionCompiler.javaFiles(sources).isEmpty()) {
            throw CompileError.saying("no .java files in the submission");
        }
        Path src = compiledSources(work);
        SourceFiles.copyJava(sources, src);
        List<String> filledIn = SourceFiles.fillMissing(src, template);
        FallbackCompiler compiler = new FallbackCompiler(src, template);
        Path classes = compiler.compileSettingAside(work);
        return new Compilation(classes, compiler.setAside, filledIn);
    }

    /** Sets aside, before compiling, what would make javac fail for every file or blame the wrong one. */
    private void triage() throws IOException {
        for (String file : SourceFiles.relativeJavaFiles(src)) {
            if (Path.of(file).getFileName().toString().equals("module-info.java")) {
                Files.delete(src.resolve(file));
                setAside.add(new SetAside(file, file + " was set aside: nngrade compiles your classes on the class path,"
                        + " where a module declaration would hide the contract; delete it.", List.of()));
            }
        }
        for (Map.Entry<String, SubmissionCompiler.Parsed> e : SubmissionCompiler.parse(src).entrySet()) {
            String file = e.getKey();
            SubmissionCompiler.Parsed parsed = e.getValue();
            if (!parsed.errors().isEmpty()) {
                setAside(file, file + " cannot be parsed, so " + replace(file) + SEE_BELOW,
                        parsed.errors());
            } else if (!parsed.packageName().equals(folderPackage(file))) {
                setAside(file, wrongPackage(file, parsed.packageName()), List.of());
            }
        }
    }

    private String wrongPackage(String file, String declared) {
        String expected = folderPackage(file);
        String says = declared.isEmpty() ? "declares no package" : "declares package " + declared;
        String where = expected.isEmpty() ? "the top folder" : "folder " + Path.of(file).getParent().toString()
                .replace('\\', '/');
        String fix = expected.isEmpty() ? "remove its package line" : "make its package line `package " + expected + ";`";
        return file + " " + says + " but sits in " + where + ", so " + replace(file) + "; " + fix
                + " (or move it to the folder of its package).";
    }

    /** @return where {@link #compile} leaves the sources it compiled, the template's in place of those set aside */
    public static Path compiledSources(Path work) {
        return work.resolve("src");
    }

    /**
     * @return the classes, after triage and as many rounds as it takes: each round after the
     *     first sets aside at least one file
     */
    private Path compileSettingAside(Path work) throws CompileError, IOException {
        int maxRounds = SourceFiles.relativeJavaFiles(src).size() + 1;
        for (int round = 0; ; round++) {
            Path classes = work.resolve("classes-" + round);
            try {
                compileRound(round, classes);
                return classes;
            } catch (CompileError e) {
                if (round >= maxRounds || !setAsideCulprits(e)) {
                    throw e;
                }
                SourceFiles.deleteTree(classes);
            }
        }
    }

    /**
     * Round 0 parses the files once for triage and compiling alike
     * ({@link SubmissionCompiler#compileIfNoTriage}); if they need triage, it is done first and they
     * are compiled afresh. Later rounds compile what the last one's errors left.
     */
    private void compileRound(int round, Path classes) throws CompileError, IOException {
        if (round == 0 && SubmissionCompiler.compileIfNoTriage(src, classes, FallbackCompiler::folderPackage)) {
            return;
        }
        if (round == 0) {
            SourceFiles.deleteTree(classes);
            triage();
        }
        SubmissionCompiler.compile(src, classes);
    }

    /** @return whether some file was set aside (if none, another round cannot help) */
    private boolean setAsideCulprits(CompileError e) throws IOException {
        boolean changed = false;
        for (Map.Entry<String, List<CompilerMessage>> entry : e.byFile().entrySet()) {
            String file = entry.getKey();
            if (isStudents(file)) {
                setAside(file, file + " does not compile, so " + replace(file) + SEE_BELOW,
                        entry.getValue());
                changed = true;
                continue;
            }
            for (String culprit : culpritsNamedIn(file, entry.getValue())) {
                setAside(culprit, culprit + " does not fit " + file + " (a template file you do not need to change),"
                        + " so " + replace(culprit) + ". Keep its class, constructors and interface as the template"
                        + " has them; the errors in " + file + ":", entry.getValue());
                changed = true;
            }
        }
        return changed;
    }

    /**
     * @return the submission's own files whose class is named where a template file failed: the
     *     line javac points at, its message and details ("new Relu(2.0)": Relu.java)
     */
    private Set<String> culpritsNamedIn(String templateFile, List<CompilerMessage> errors) throws IOException {
        Set<String> named = new LinkedHashSet<>();
        List<String> lines = Files.readAllLines(src.resolve(templateFile));
        for (CompilerMessage m : errors) {
            String text = m.message() + " " + String.join(" ", m.details())
                    + (m.line() > 0 && m.line() <= lines.size() ? " " + lines.get((int) m.line() - 1) : "");
            Matcher id = IDENTIFIER.matcher(text);
            while (id.find()) {
                named.add(id.group());
            }
        }
        Set<String> culprits = new LinkedHashSet<>();
        for (String file : SourceFiles.relativeJavaFiles(src)) {
            String simpleName = Path.of(file).getFileName().toString().replace(".java", "");
            if (named.contains(simpleName) && isStudents(file)) {
                culprits.add(file);
            }
        }
        return culprits;
    }

    /** Replaces the file by the template's version, or deletes it if the template has none. */
    private void setAside(String file, String sentence, List<CompilerMessage> errors) throws IOException {
        Path original = template.resolve(file);
        Path student = src.resolve(file);
        if (Files.isRegularFile(original)) {
            Files.copy(original, student, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(student);
        }
        setAside.add(new SetAside(file, sentence, errors));
    }

    private String replace(String file) {
        return Files.isRegularFile(template.resolve(file)) ? GRADED_IN_PLACE : LEFT_OUT;
    }

    /** @return whether the file is the student's own: not in the template, or not as the template has it */
    private boolean isStudents(String file) throws IOException {
        Path original = template.resolve(file);
        Path student = src.resolve(file);
        return Files.exists(student, LinkOption.NOFOLLOW_LINKS)
                && (!Files.isRegularFile(original) || Files.mismatch(original, student) != -1L);
    }

    /** @return the package a file's folder stands for: "nngrade/student/Foo.java" is in nngrade.student */
    private static String folderPackage(String file) {
        Path parent = Path.of(file).getParent();
        return parent == null ? "" : parent.toString().replace('\\', '/').replace('/', '.');
    }
}
