package nngrade.submission;

import java.util.List;

/**
 * One error of the Java compiler, as the student is to read it: the file relative to the
 * submission's source folder (never a path of the grader's), the line and column, javac's message
 * and its detail lines ("symbol: variable y", "location: class Relu"), each capped in length.
 *
 * @param file    the source file relative to the submission's source folder, "" when javac names none
 * @param line    1-based line, or 0 when javac gives none
 * @param column  1-based column, or 0 when javac gives none
 * @param message javac's first line
 * @param details javac's further lines, stripped
 */
public record CompilerMessage(String file, long line, long column, String message, List<String> details) {

    /** Longest message line kept; javac's own are far shorter, a student's string literal need not be. */
    static final int MAX_LINE = 300;
    /** Detail lines kept per message: javac writes at most three or four (symbol, location, required, found). */
    static final int MAX_DETAILS = 6;

    public CompilerMessage {
        message = clip(message);
        details = details.stream().limit(MAX_DETAILS).map(CompilerMessage::clip).toList();
    }

    /** @return "file:line:column: message" and the detail lines below it, indented */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (!file.isEmpty()) {
            s.append(file);
            if (line > 0) {
                s.append(':').append(line);
                if (column > 0) {
                    s.append(':').append(column);
                }
            }
            s.append(": ");
        }
        s.append(message);
        details.forEach(d -> s.append("\n    ").append(d));
        return s.toString();
    }

    private static String clip(String text) {
        return text.length() <= MAX_LINE ? text : text.substring(0, MAX_LINE - 3) + "...";
    }
}
