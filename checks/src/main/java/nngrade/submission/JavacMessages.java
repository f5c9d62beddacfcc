package nngrade.submission;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * javac's diagnostics turned into {@link CompilerMessage}s a student can read: the whole message
 * with its detail lines, the file relative to the submission's source folder, and no path of the
 * grader's (its temporary folders, its jar) anywhere in the text.
 */
final class JavacMessages {

    private JavacMessages() {
    }

    /**
     * @param d       one diagnostic of javac (not modified)
     * @param sources the source folder javac compiled, whose paths are shown relative to it
     */
    static CompilerMessage of(Diagnostic<? extends JavaFileObject> d, Path sources) {
        List<String> lines = Arrays.stream(hidePaths(d.getMessage(Locale.ROOT), sources).split("\\R"))
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        String message = lines.isEmpty() ? "" : lines.get(0);
        List<String> details = lines.isEmpty() ? List.of() : lines.subList(1, lines.size());
        return new CompilerMessage(fileOf(d, sources), Math.max(0, d.getLineNumber()),
                Math.max(0, d.getColumnNumber()), message, details);
    }

    /** @return the diagnostic's file relative to {@code sources} with '/' separators, or "" */
    private static String fileOf(Diagnostic<? extends JavaFileObject> d, Path sources) {
        if (d.getSource() == null) {
            return "";
        }
        Path file = Path.of(d.getSource().toUri()).toAbsolutePath().normalize();
        Path root = sources.toAbsolutePath().normalize();
        return file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/')
                : file.getFileName().toString();
    }

    /**
     * @return the text with the source folder's prefix removed and any other path under the
     *     temporary directory or in the contract's location replaced by a word
     */
    static String hidePaths(String text, Path sources) {
        String root = sources.toAbsolutePath().normalize().toString();
        String out = text.replace(root + java.io.File.separator, "").replace(root, ".");
        // the contract first: it may itself lie under the temporary directory (a clone in /tmp)
        out = replacePathsUnder(out, ContractLocation.path(), "(the contract)");
        return replacePathsUnder(out, Path.of(System.getProperty("java.io.tmpdir")), "(a file of the grader)");
    }

    private static String replacePathsUnder(String text, Path prefix, String word) {
        String p = prefix.toAbsolutePath().normalize().toString();
        if (p.length() <= 1) {
            return text; // never rewrite every absolute path because the prefix is "/"
        }
        Pattern path = Pattern.compile(Pattern.quote(p) + "[^\\s'\"(),:]*");
        return path.matcher(text).replaceAll(Matcher.quoteReplacement(word));
    }
}
