package nngrade.submission;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles a folder of student sources with the JDK's compiler API, against the problem contract
 * only (never the reference or the checks, which share this JVM's class path).
 */
public final class SubmissionCompiler {

    /**
     * -XDstringConcat=inline compiles a string concatenation to StringBuilder calls, not to
     * invokedynamic: every call site's first use would otherwise link method handles in the
     * submission's fresh JVM (a fortieth of a host's CPU on alice), whose JIT never warms.
     */
    private static final List<String> OPTIONS = List.of("--release", "17", "-nowarn", "-encoding", "UTF-8",
            "-proc:none", "-XDstringConcat=inline");

    private SubmissionCompiler() {
    }

    /**
     * @param sources a folder of .java files (searched recursively); not modified
     * @param output  where the classes go; created if missing
     * @throws CompileError quoting the compiler's errors: file (relative to {@code sources}), line,
     *     column, message and detail lines
     */
    public static void compile(Path sources, Path output) throws CompileError, IOException {
        List<Path> files = javaFiles(sources);
        if (files.isEmpty()) {
            throw CompileError.saying("no .java files in the submission");
        }
        Files.createDirectories(output);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = fileManager(diagnostics)) {
            fm.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
            boolean ok = javac().getTask(null, new ContractOnlyFileManager(fm), diagnostics, OPTIONS, null,
                    fm.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                throw CompileError.of(errors(diagnostics, sources));
            }
        }
    }

    /**
     * Compiles as {@link #compile} does, parsing each file once, if that is all the submission needs:
     * when no file is a module declaration, every file parses, and each declares the package of its
     * folder, the parsed files go on to be compiled; otherwise nothing is compiled and the caller
     * triages as {@link #parse} lets it. (Parsing apart, then again to compile, was a fifth of a
     * compilation.)
     *
     * @param sources       the source folder; not modified
     * @param output        where the classes go; created if missing
     * @param folderPackage the package the file at a relative path ('/' separated) must declare
     * @return whether it compiled; false if the files need triage first (nothing was compiled)
     * @throws CompileError as {@link #compile}, when the files needed no triage but do not compile
     */
    static boolean compileIfNoTriage(Path sources, Path output, Function<String, String> folderPackage)
            throws CompileError, IOException {
        List<Path> files = javaFiles(sources);
        if (files.isEmpty() || files.stream().anyMatch(f -> f.getFileName().toString().equals("module-info.java"))) {
            return false;
        }
        Files.createDirectories(output);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = fileManager(diagnostics)) {
            fm.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
            JavacTask task = (JavacTask) javac().getTask(null, new ContractOnlyFileManager(fm), diagnostics, OPTIONS,
                    null, fm.getJavaFileObjectsFromPaths(files));
            for (CompilationUnitTree unit : task.parse()) {
                String file = relative(sources, Path.of(unit.getSourceFile().toUri()));
                String declared = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
                if (!declared.equals(folderPackage.apply(file))) {
                    return false;
                }
            }
            if (!errors(diagnostics, sources).isEmpty()) {
                return false;
            }
            task.generate();
            List<CompilerMessage> errors = errors(diagnostics, sources);
            if (!errors.isEmpty()) {
                throw CompileError.of(errors);
            }
            return true;
        }
    }

    /** What parsing one file found: its package declaration and its syntax errors. */
    record Parsed(String packageName, List<CompilerMessage> errors) {
    }

    /**
     * Parses without compiling: a file that cannot be parsed, or whose package does not match its
     * folder, can then be set aside before it confuses the compilation of the others.
     *
     * @param sources the source folder; not modified
     * @return for each .java file (relative path, '/' separated), what parsing found
     */
    static Map<String, Parsed> parse(Path sources) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, String> packages = new LinkedHashMap<>();
        try (StandardJavaFileManager fm = fileManager(diagnostics)) {
            JavacTask task = (JavacTask) javac().getTask(null, new ContractOnlyFileManager(fm), diagnostics,
                    OPTIONS, null, fm.getJavaFileObjectsFromPaths(javaFiles(sources)));
            for (CompilationUnitTree unit : task.parse()) {
                String file = relative(sources, Path.of(unit.getSourceFile().toUri()));
                packages.put(file, unit.getPackageName() == null ? "" : unit.getPackageName().toString());
            }
        }
        Map<String, List<CompilerMessage>> errors = new LinkedHashMap<>();
        for (CompilerMessage m : errors(diagnostics, sources)) {
            errors.computeIfAbsent(m.file(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Parsed> parsed = new LinkedHashMap<>();
        packages.forEach((file, pkg) -> parsed.put(file, new Parsed(pkg, errors.getOrDefault(file, List.of()))));
        return parsed;
    }

    /** @return every .java file under {@code sources} (links not followed), in a fixed order */
    static List<Path> javaFiles(Path sources) throws IOException {
        return SourceFiles.relativeJavaFiles(sources).stream().map(sources::resolve).toList();
    }

    /** @return the path of {@code file} relative to {@code sources}, with '/' separators */
    static String relative(Path sources, Path file) {
        return sources.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    private static List<CompilerMessage> errors(DiagnosticCollector<JavaFileObject> diagnostics, Path sources) {
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> JavacMessages.of(d, sources)).toList();
    }

    private static StandardJavaFileManager fileManager(DiagnosticCollector<JavaFileObject> diagnostics)
            throws IOException {
        StandardJavaFileManager fm = javac().getStandardFileManager(diagnostics, Locale.ROOT, null);
        fm.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(ContractLocation.path()));
        fm.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of()); // only the files given are compiled
        return fm;
    }

    private static JavaCompiler javac() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler: nngrade needs a JDK, not only a JRE");
        }
        return javac;
    }
}
