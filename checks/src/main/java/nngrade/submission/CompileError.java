package nngrade.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A submission's sources did not compile, or its factory could not be made: the compiler's
 * messages, structured (file, line, column, message, details), and a message quoting them.
 */
public final class CompileError extends Exception {
    private static final long serialVersionUID = 1L;

    /** Messages quoted in {@link #getMessage()}; the rest are counted. */
    static final int MAX_QUOTED = 20;

    private final transient List<CompilerMessage> messages;

    /** @param sentence what went wrong, naming no source file (no factory class, no sources, ...) */
    public static CompileError saying(String sentence) {
        return new CompileError(List.of(new CompilerMessage("", 0, 0, sentence, List.of())));
    }

    /** @param messages the compiler's errors, in the order javac reported them */
    public static CompileError of(List<CompilerMessage> messages) {
        return new CompileError(messages);
    }

    private CompileError(List<CompilerMessage> messages) {
        super(quote(messages));
        this.messages = List.copyOf(messages);
    }

    /** @return every error, structured */
    public List<CompilerMessage> messages() {
        return messages;
    }

    /** @return every error as text: "file:line:column: message" and its detail lines */
    public List<String> errors() {
        return messages.stream().map(CompilerMessage::toString).toList();
    }

    /** @return the errors of each source file that has some, keyed by its path relative to the source folder */
    public Map<String, List<CompilerMessage>> byFile() {
        Map<String, List<CompilerMessage>> byFile = new TreeMap<>();
        for (CompilerMessage m : messages) {
            if (!m.file().isEmpty()) {
                byFile.computeIfAbsent(m.file(), k -> new ArrayList<>()).add(m);
            }
        }
        return byFile;
    }

    private static String quote(List<CompilerMessage> messages) {
        StringBuilder s = new StringBuilder("the submission does not compile:");
        messages.stream().limit(MAX_QUOTED).forEach(m -> s.append("\n  ").append(m.toString().replace("\n", "\n  ")));
        if (messages.size() > MAX_QUOTED) {
            s.append("\n  ... and ").append(messages.size() - MAX_QUOTED).append(" more errors");
        }
        return s.toString();
    }
}
