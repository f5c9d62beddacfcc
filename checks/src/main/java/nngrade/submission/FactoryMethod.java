package nngrade.submission;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One factory method of a StudentSolutions.java, read as words: its declaration from the name to
 * the closing brace (comments and spacing aside), the simple name of the class its
 * {@code return new X(...)} creates, and the single-type import that names X ("" if none). Two
 * equal ones create the same class, unless a type the submission declares is named as one of
 * their {@link #words}.
 *
 * @param text       the declaration from the method's name on, every run of spaces made one
 * @param made       the simple name of the class it creates
 * @param importLine the import of that class, spaces removed, or "" if the body names it in full or nothing imports it
 */
record FactoryMethod(String text, String made, String importLine) {

    private static final Pattern NEW = Pattern.compile(
            "^[^{]*\\{\\s*return\\s+new\\s+((?:[\\w$]+\\s*\\.\\s*)*)([A-Za-z_$][\\w$]*)\\s*\\(");

    /**
     * @param source a StudentSolutions.java (not modified)
     * @param name   a factory method's name
     * @return the method, if the source declares one of that name exactly once and its body begins
     *     {@code return new X(}
     */
    static Optional<FactoryMethod> in(String source, String name) {
        String code = JavaText.code(source);
        Matcher declared = Pattern.compile("\\b" + Pattern.quote(name) + "\\s*\\([^)]*\\)\\s*\\{").matcher(code);
        if (!declared.find()) {
            return Optional.empty();
        }
        int start = declared.start();
        int open = declared.end() - 1;
        if (declared.find()) {
            return Optional.empty(); // declared twice (a nested class, say): which one runs is not for words to say
        }
        int close = matchingBrace(code, open);
        if (close < 0) {
            return Optional.empty();
        }
        String text = code.substring(start, close + 1).replaceAll("\\s+", " ");
        Matcher created = NEW.matcher(text);
        if (!created.find()) {
            return Optional.empty();
        }
        String made = created.group(2);
        return Optional.of(new FactoryMethod(text, made, created.group(1).isEmpty() ? importOf(code, made) : ""));
    }

    /** @return every identifier of the method and of its import */
    Set<String> words() {
        Set<String> words = new HashSet<>(JavaText.identifiers(text));
        words.addAll(JavaText.identifiers(importLine.replace('.', ' ')));
        return words;
    }

    /** @return the single-type import of {@code simpleName}, spaces removed; "" if there is none or several */
    private static String importOf(String code, String simpleName) {
        Matcher m = Pattern.compile("\\bimport\\s+((?:[\\w$]+\\s*\\.\\s*)+" + Pattern.quote(simpleName) + ")\\s*;")
                .matcher(code);
        String found = m.find() ? m.group(1).replaceAll("\\s+", "") : "";
        return m.find() ? "" : found;
    }

    /** @return the index of the brace that closes the one at {@code open}, or -1 */
    private static int matchingBrace(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
