package nngrade.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import nngrade.problems.Solutions;

/**
 * Compiles a folder of student sources with the JDK's compiler API, against the problem contract
 * only (never the reference or the checks, which share this JVM's class path).
 */
public final class SubmissionCompiler {

    private SubmissionCompiler() {
    }

    /**
     * @param sources a folder of .java files (searched recursively); not modified
     * @param output  where the classes go; created if missing
     * @throws CompileError quoting the compiler's errors, file and line
     */
    public static void compile(Path sources, Path output) throws CompileError, IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler: nngrade needs a JDK, not only a JRE");
        }
        List<Path> files = javaFiles(sources);
        if (files.isEmpty()) {
            throw new CompileError(List.of("no .java files under " + sources));
        }
        Files.createDirectories(output);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-d", output.toString(), "-classpath", contractClassPath().toString(),
                    "--release", "17", "-nowarn", "-encoding", "UTF-8", "-proc:none");
            boolean ok = javac.getTask(null, fm, diagnostics, options, null,
                    fm.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                throw compileError(diagnostics, sources);
            }
        }
    }

    private static List<Path> javaFiles(Path sources) throws IOException {
        try (Stream<Path> walk = Files.walk(sources)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static CompileError compileError(DiagnosticCollector<JavaFileObject> diagnostics, Path sources) {
        List<String> errors = new ArrayList<>();
        Map<String, List<String>> byFile = new TreeMap<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String message = d.getMessage(Locale.ROOT).lines().findFirst().orElse("");
            if (d.getSource() == null) {
                errors.add(message);
                continue;
            }
            String file = sources.toAbsolutePath().relativize(Path.of(d.getSource().toUri()).toAbsolutePath())
                    .toString().replace('\\', '/');
            String line = file + ":" + d.getLineNumber() + ": " + message;
            errors.add(line);
            byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(line);
        }
        return new CompileError(errors, byFile);
    }

    /**
     * @return a class path holding the contract and nothing else: the contract's own folder when
     *     it is one (a development build), else its classes copied out of the grader's jar once
     */
    static synchronized Path contractClassPath() {
        try {
            Path where = Path.of(Solutions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                return where;
            }
            return extractContract(where);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path contractCache;

    private static Path extractContract(Path jar) throws IOException {
        if (contractCache != null) {
            return contractCache;
        }
        Path dir = Files.createTempDirectory("nngrade-contract");
        try (JarFile jf = new JarFile(jar.toFile())) {
            for (JarEntry e : java.util.Collections.list(jf.entries())) {
                if (e.getName().startsWith("nngrade/problems/") && !e.isDirectory()) {
                    Path target = dir.resolve(e.getName());
                    Files.createDirectories(target.getParent());
                    try (InputStream in = jf.getInputStream(e)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        contractCache = dir;
        return dir;
    }
}
