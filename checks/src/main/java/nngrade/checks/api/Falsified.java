package nngrade.checks.api;

/**
 * A property of a check failed on a generated input. Carries the smallest failing input that
 * QuickTheories found by shrinking, and keeps what the submission threw as its cause, so the
 * engine can tell a wrong answer from a crash or a "not implemented yet".
 */
public final class Falsified extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final String input;

    Falsified(String input, int examples, long seed, Throwable cause) {
        super(message(input, examples, seed, cause), cause);
        this.input = input;
    }

    /** @return the smallest failing input, as text */
    public String input() {
        return input;
    }

    private static String message(String input, int examples, long seed, Throwable cause) {
        String what = cause == null ? "the property does not hold"
                : cause instanceof AssertionError ? String.valueOf(cause.getMessage())
                : "threw " + cause;
        return what + "\nsmallest failing input: " + input + " (found after " + examples
                + " example(s), seed " + seed + ")";
    }
}
