package nngrade.submission;

import java.util.List;

/** A submission's sources did not compile; the message quotes every error with file and line. */
public final class CompileError extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    public CompileError(List<String> errors) {
        super("the submission does not compile:\n  " + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
