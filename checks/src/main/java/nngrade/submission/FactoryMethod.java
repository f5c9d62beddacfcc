package nngrade.submission;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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

    /** A method's name, parameters and opening brace (or an if's, a for's: they are never factories). */
    private static final Pattern DECLARED = Pattern.compile("\\b([A-Za-z_$][\\w$]*)\\s*\\([^)]*\\)\\s*\\{");

    /**
     * @param code a StudentSolutions.java, its comments and literals blanked ({@link JavaText#code}; not modified)
     * @return by name, every method the code declares exactly once whose body begins {@code return
     *     new X(}; one declared twice (in a nested class, say) is left out, since which one runs is
     *     not for words to say
     */
    static Map<String, FactoryMethod> allIn(String code) {
        Map<String, FactoryMethod> methods = new HashMap<>();
        Set<String> declared = new HashSet<>();
        Set<String> twice = new HashSet<>();
        Map<String, String> imports = imports(code);
        Matcher m = DECLARED.matcher(code);
        while (m.find()) {
            if (!declared.add(m.group(1))) {
                twice.add(m.group(1));
            }
            of(code, m.start(), m.end() - 1, imports).ifPresent(f -> methods.put(m.group(1), f));
        }
        methods.keySet().removeAll(twice);
        return methods;
    }

    /** @return the method declared from {@code start}, its body opening at {@code open}, if it begins {@code return new X(} */
    private static Optional<FactoryMethod> of(String code, int start, int open, Map<String, String> imports) {
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
        return Optional.of(new FactoryMethod(text, made, created.group(1).isEmpty() ? imports.getOrDefault(made, "") : ""));
    }

    /** Written out: a record's own equals is bootstrapped on first use, 30 ms of a cold `check`. */
    @Override
    public boolean equals(Object o) {
        return o instanceof FactoryMethod f && text.equals(f.text) && made.equals(f.made) && importLine.equals(f.importLine);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** @return every identifier of the method and of its import */
    Set<String> words() {
        Set<String> words = new HashSet<>(JavaText.identifiers(text));
        words.addAll(JavaText.identifiers(importLine.replace('.', ' ')));
        return words;
    }

    private static final Pattern IMPORT = Pattern.compile(
            "\\bimport\\s+((?:[\\w$]+\\s*\\.\\s*)+([A-Za-z_$][\\w$]*))\\s*;");

    /** @return by simple name, the single-type import of each class, spaces removed; "" for a name imported twice */
    private static Map<String, String> imports(String code) {
        Map<String, String> imports = new HashMap<>();
        Matcher m = IMPORT.matcher(code);
        while (m.find()) {
            String name = m.group(2);
            imports.put(name, imports.containsKey(name) ? "" : m.group(1).replaceAll("\\s+", ""));
        }
        return imports;
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
