package nngrade.submission;

import java.util.List;
import java.util.Map;

/** A submission's sources did not compile; the message quotes every error with file and line. */
public final class CompileError extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> errors;
    private final Map<String, List<String>> byFile;

    public CompileError(List<String> errors) {
        this(errors, Map.of());
    }

    /**
     * @param errors every error, "file:line: message"
     * @param byFile the errors of each source file that has some, keyed by its path relative to
     *               the source folder
     */
    public CompileError(List<String> errors, Map<String, List<String>> byFile) {
        super("the submission does not compile:\n  " + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
        this.byFile = Map.copyOf(byFile);
    }

    /** @return the errors per source file (relative path), for replacing a broken file */
    public Map<String, List<String>> byFile() {
        return byFile;
    }

    public List<String> errors() {
        return errors;
    }
}
