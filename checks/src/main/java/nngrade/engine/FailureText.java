package nngrade.engine;

import java.util.concurrent.TimeoutException;
import nngrade.problems.NotImplementedYet;
import org.opentest4j.AssertionFailedError;

/**
 * Turns what a failed check threw into words for a student: its status, a one-line summary and
 * the whole text. QuickTheories reports a falsified property as "Property falsified after N
 * example(s) / Smallest found falsifying value(s) :- / ... / Cause was :- ..."; the summary keeps
 * the cause's message and the smallest input.
 */
final class FailureText {

    private static final String FALSIFIED = "Property falsified";
    private static final String SMALLEST = "Smallest found falsifying value(s) :-";
    private static final String CAUSE = "Cause was :-";
    private static final int MAX_DETAIL = 4000;

    private FailureText() {
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
        Throwable root = rootOf(t);
        boolean assertion = root instanceof AssertionError || root instanceof AssertionFailedError;
        return assertion ? CheckStatus.FAILED : CheckStatus.ERROR;
    }

    static String summary(Throwable t) {
        return switch (status(t)) {
            case NOT_IMPLEMENTED -> "not implemented yet";
            case TIMED_OUT -> "did not finish in time (an infinite loop?): " + firstLine(t.getMessage());
            case ERROR -> summarizeError(t);
            default -> summarizeFailure(t);
        };
    }

    /** @return the whole text a student may need: the failure and the smallest input, capped */
    static String detail(Throwable t) {
        if (status(t) == CheckStatus.NOT_IMPLEMENTED) {
            return "not implemented yet";
        }
        String text = String.valueOf(t.getMessage());
        Throwable root = rootOf(t);
        if (!(root instanceof AssertionError) && root != t) {
            text += "\ncaused by " + describe(root) + where(root);
        } else if (status(t) == CheckStatus.ERROR) {
            text = describe(t) + where(t);
        }
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + " ..." : text;
    }

    private static String summarizeFailure(Throwable t) {
        String message = String.valueOf(t.getMessage());
        if (!message.startsWith(FALSIFIED)) {
            return firstLine(message);
        }
        String cause = rootOf(t) != t ? firstLine(rootOf(t).getMessage()) : after(message, CAUSE);
        String input = after(message, SMALLEST);
        return cause + (input.isEmpty() ? "" : "  [input: " + input + "]");
    }

    private static String summarizeError(Throwable t) {
        Throwable root = rootOf(t);
        String input = after(String.valueOf(t.getMessage()), SMALLEST);
        return "your code threw " + describe(root) + where(root) + (input.isEmpty() ? "" : "  [input: " + input + "]");
    }

    /** @return the first non-blank line after a marker, with QuickTheories' decorations removed */
    private static String after(String message, String marker) {
        int at = message.indexOf(marker);
        if (at < 0) {
            return "";
        }
        for (String line : message.substring(at + marker.length()).split("\n")) {
            String clean = line.strip().replaceFirst("^\\{", "").replaceFirst("}$", "")
                    .replaceFirst("^java\\.lang\\.AssertionError: ", "");
            if (!clean.isEmpty()) {
                return clean;
            }
        }
        return "";
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
        return t.getClass().getSimpleName() + (message == null ? "" : " (" + firstLine(message) + ")");
    }

    /** @return " at Class.method(File:line)" for the first frame outside the JDK and the checks */
    private static String where(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            String c = e.getClassName();
            if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("nngrade.checks.")
                    && !c.startsWith("org.quicktheories.") && !c.startsWith("nngrade.engine.")) {
                return " at " + e;
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
