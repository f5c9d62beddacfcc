package nngrade.engine;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** The sentences of nngrade.checks.support.Miss for a NaN and an infinity. */
    private static final String NOT_A_NUMBER = "is not a number";
    private static final String OVERFLOW = "is an overflow";
    /** A miss as Miss.by states it: "off by 0.22, 50% of 0.44". */
    private static final Pattern MISS = Pattern.compile("off by \\S+, (\\S+)% of ([0-9.eE+-]+)");
    /** A share of wrong entries as Miss.share states it: "in 3 of 8 units (37.5%)". */
    private static final Pattern SHARE = Pattern.compile("in \\d+ of \\d+ [\\w ]+? \\((\\S+)%\\)");
    /** Values from this size up are ones a student reasons with; below, a wrong factor looks like noise. */
    private static final double ORDINARY_SMALLEST = 1e-3;
    /** A miss below this share of the values reads as rounding. */
    private static final double TELLING_PERCENT = 1;
    /** JUnit's timeout message: "agreesWithTheReference() timed out after 3000 milliseconds". */
    private static final Pattern TIMED_OUT_AFTER = Pattern.compile("timed out after (\\d+) (\\w+)");

    private FailureText() {
    }

    /** @return whether a failure's summary says a result has the wrong shape: the first thing to fix */
    static boolean namesAWrongShape(String summary) {
        return summary.contains(WRONG_SHAPE);
    }

    /**
     * How telling a failure is to a student, from the words the checks use for evidence
     * (nngrade.checks.support.Miss): 0 for a NaN, an infinity or an exception; 1 for a miss of at
     * least 1% of values of ordinary size (or of the entries of a mask, a set of rows); 2 for a
     * smaller miss, which reads as rounding (1e-5 on values near 10, 50% of values of 1e-13);
     * 3 for anything else.
     */
    static int evidence(CheckResult c) {
        String s = c.summary();
        if (c.status() == CheckStatus.ERROR || s.contains(NOT_A_NUMBER) || s.contains(OVERFLOW)) {
            return 0;
        }
        Matcher share = SHARE.matcher(s);
        if (share.find()) {
            return Double.parseDouble(share.group(1)) >= TELLING_PERCENT ? 1 : 2;
        }
        Matcher miss = MISS.matcher(s);
        if (miss.find()) {
            return Double.parseDouble(miss.group(1)) >= TELLING_PERCENT
                    && Double.parseDouble(miss.group(2)) >= ORDINARY_SMALLEST ? 1 : 2;
        }
        return 3;
    }

    /** @return the share a failure says it missed by, in percent (0 if it says none) */
    static double missPercent(CheckResult c) {
        Matcher share = SHARE.matcher(c.summary());
        if (share.find()) {
            return Double.parseDouble(share.group(1));
        }
        Matcher miss = MISS.matcher(c.summary());
        return miss.find() ? Double.parseDouble(miss.group(1)) : 0;
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
            case TIMED_OUT -> timeout(t);
            case ERROR -> "your code threw " + describe(rootOf(t)) + where(rootOf(t)) + inputOf(t);
            default -> firstLine(rootOf(t).getMessage()) + inputOf(t);
        };
    }

    static String detail(Throwable t) {
        String text = switch (status(t)) {
            case NOT_IMPLEMENTED -> "not implemented yet";
            case TIMED_OUT -> timeout(t);
            case ERROR -> "your code threw " + describe(rootOf(t)) + where(rootOf(t))
                    + (t instanceof Falsified f ? "\nsmallest failing input: " + f.input() : "");
            default -> String.valueOf(t.getMessage());
        };
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + " ..." : text;
    }

    /**
     * @return "did not finish within 3 s (an infinite loop?): the grader stopped it", the words of
     *     the batch parent's watchdog; JUnit's own message names the test method, which means
     *     nothing to a student (the report names the check already)
     */
    private static String timeout(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof TimeoutException && c.getMessage() != null) {
                Matcher m = TIMED_OUT_AFTER.matcher(c.getMessage());
                if (m.find()) {
                    Duration d = Duration.of(Long.parseLong(m.group(1)), unit(m.group(2)));
                    return "did not finish within " + seconds(d) + " s (an infinite loop?): the grader stopped it";
                }
            }
        }
        return "did not finish in time (an infinite loop?): the grader stopped it";
    }

    private static ChronoUnit unit(String junitUnit) {
        return switch (junitUnit) {
            case "nanoseconds" -> ChronoUnit.NANOS;
            case "microseconds" -> ChronoUnit.MICROS;
            case "seconds" -> ChronoUnit.SECONDS;
            case "minutes" -> ChronoUnit.MINUTES;
            default -> ChronoUnit.MILLIS;
        };
    }

    private static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
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
        String type = t instanceof ThrownElsewhere e ? e.typeName() : t.getClass().getSimpleName();
        return type + (message == null ? "" : " (" + firstLine(message) + ")");
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
