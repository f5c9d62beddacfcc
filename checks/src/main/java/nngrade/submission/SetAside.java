package nngrade.submission;

import java.util.List;

/**
 * A source file of a submission that was not graded as written: what was wrong with it, what was
 * graded in its place, what the student should do, and the compiler's errors that show it.
 *
 * @param file     the file, relative to the submission's source folder
 * @param sentence one sentence naming the file, what happened to it and what to do
 * @param errors   the compiler's errors behind it (none for a module-info.java or a wrong package)
 */
public record SetAside(String file, String sentence, List<CompilerMessage> errors) {

    /** Errors quoted per file: the first few say what is wrong; the rest are usually consequences. */
    static final int MAX_ERRORS = 5;

    public SetAside {
        errors = List.copyOf(errors);
    }

    /** @return the sentence, then up to {@value #MAX_ERRORS} errors, indented */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(sentence);
        errors.stream().limit(MAX_ERRORS).forEach(e -> s.append("\n  ").append(e.toString().replace("\n", "\n  ")));
        if (errors.size() > MAX_ERRORS) {
            s.append("\n  ... and ").append(errors.size() - MAX_ERRORS).append(" more errors in this file");
        }
        return s.toString();
    }
}
