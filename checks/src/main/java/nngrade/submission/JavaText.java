package nngrade.submission;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Java source read as words, not compiled: its code with comments and literals blanked out, the
 * identifiers in it, and the type names it declares. Enough to see which names a file could
 * resolve differently, never to judge what it computes.
 */
final class JavaText {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    /** A type declaration: class, interface (an annotation type's too), enum or record. */
    private static final Pattern DECLARATION = Pattern.compile(
            "\\b(?:class|interface|enum|record)\\s+([A-Za-z_$][A-Za-z0-9_$]*)");

    private JavaText() {
    }

    /** @return every identifier of the code (comments and literals left out), keywords included */
    static Set<String> identifiers(String source) {
        return all(IDENTIFIER, code(source), 0);
    }

    /**
     * @return the simple names of the types the code declares, nested ones included; every word of
     *     it if it holds a Unicode escape (a backslash, then u), which javac reads before comments
     *     and literals (the escape of a star, then a slash, ends a comment) and this reading does not
     */
    static Set<String> declaredTypes(String source) {
        if (source.contains("\\u")) {
            return all(IDENTIFIER, source, 0);
        }
        return all(DECLARATION, code(source), 1);
    }

    private static Set<String> all(Pattern p, String text, int group) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }

    /**
     * @param source Java source (not modified)
     * @return the source with every comment, string, text block and character literal replaced by
     *     spaces, so that no word inside one is taken for code
     */
    static String code(String source) {
        char[] out = source.toCharArray();
        int i = 0;
        while (i < out.length) {
            int end = skipped(source, i);
            if (end == i) {
                i++;
            } else {
                java.util.Arrays.fill(out, i, end, ' ');
                i = end;
            }
        }
        return new String(out);
    }

    /** @return where the comment or literal starting at {@code i} ends, or {@code i} if none starts there */
    private static int skipped(String s, int i) {
        char c = s.charAt(i);
        if (c != '/' && c != '"' && c != '\'') {
            return i;
        }
        if (s.startsWith("//", i)) {
            return until(s, i + 2, "\n");
        }
        if (s.startsWith("/*", i)) {
            return until(s, i + 2, "*/");
        }
        if (s.startsWith("\"\"\"", i)) {
            return untilUnescaped(s, i + 3, "\"\"\"");
        }
        if (c == '"' || c == '\'') {
            return untilUnescaped(s, i + 1, String.valueOf(c));
        }
        return i;
    }

    private static int until(String s, int from, String end) {
        int at = s.indexOf(end, from);
        return at < 0 ? s.length() : at + end.length();
    }

    private static int untilUnescaped(String s, int from, String end) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.startsWith(end, i)) {
                return i + end.length();
            }
        }
        return s.length();
    }
}
