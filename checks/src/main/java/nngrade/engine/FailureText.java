package nngrade.engine;

import java.util.concurrent.TimeoutException;
import nngrade.checks.api.Falsified;
import nngrade.problems.NotImplementedYet;

/**
 * Turns what a failed check threw into words for a student: its status, a one-line summary and
 * the whole text (what was compared, expected against actual, the smallest failing input, and
 * for a crash the line of the submission that threw).
 */
final class FailureText {

    private static final int MAX_DETAIL = 4000;
    /** The words of every shape assertion of the checks (Expect.shape, Shape.matrix, ...). */
    private static final String WRONG_SHAPE = "wrong shape";

    private FailureText() {
    }

    /** @return whether a failure's summary says a result has the wrong shape: the first thing to fix */
    static boolean namesAWrongShape(String summary) {
        return summary.contains(WRONG_SHAPE);
    }

    static CheckStatus status(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof NotImplementedYet) {
                return CheckStatus.NOT_IMPLEMENTED;
            }
            if (c instanceof TimeoutException) {
                return CheckStatus.TIMED_OUT;
            }
        }
        return rootOf(t) instanceof AssertionError ? CheckStatus.FAILED : CheckStatus.ERROR;
    }

    static String summary(Throwable t) {
        return switch (status(t)) {
            case NOT_IMPLEMENTED -> "not implemented yet";
            case TIMED_OUT -> "did not finish in time (an infinite loop?): " + firstLine(t.getMessage());
            case ERROR -> "your code threw " + describe(rootOf(t)) + where(rootOf(t)) + inputOf(t);
            default -> firstLine(rootOf(t).getMessage()) + inputOf(t);
        };
    }

    static String detail(Throwable t) {
        String text = switch (status(t)) {
            case NOT_IMPLEMENTED -> "not implemented yet";
            case ERROR -> "your code threw " + describe(rootOf(t)) + where(rootOf(t))
                    + (t instanceof Falsified f ? "\nsmallest failing input: " + f.input() : "");
            default -> String.valueOf(t.getMessage());
        };
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + " ..." : text;
    }

    private static String inputOf(Throwable t) {
        return t instanceof Falsified f ? "  [input: " + f.input() + "]" : "";
    }

    private static Throwable rootOf(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        if (t instanceof SecurityException && message != null && message.contains("exitVM")) {
            return "SecurityException: it called System.exit, which graded code may not do";
        }
        if (t instanceof SecurityException) {
            return "SecurityException: graded code may not do this (" + firstLine(message) + ")";
        }
        return t.getClass().getSimpleName() + (message == null ? "" : " (" + firstLine(message) + ")");
    }

    /** @return " at Class.method(File:line)" for the first frame of the submission's own code */
    private static String where(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            String c = e.getClassName();
            if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")
                    && !c.startsWith("nngrade.checks.") && !c.startsWith("nngrade.engine.")
                    && !c.startsWith("org.quicktheories.") && !c.startsWith("org.junit.")) {
                return " at " + c + "." + e.getMethodName() + "(" + e.getFileName() + ":" + e.getLineNumber() + ")";
            }
        }
        return "";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
