package nngrade.report;

import java.io.PrintStream;
import java.util.Locale;
import nngrade.engine.CheckResult;
import nngrade.engine.CheckStatus;
import nngrade.engine.GradeReport;
import nngrade.engine.ProblemScore;

/**
 * The score table a person reads at a terminal: one line per problem (points, first failure),
 * then, for each problem that ran but failed, what went wrong in full: the check, the smallest
 * failing input, expected against actual, and the formula.
 */
public final class ConsoleReport {

    /** Longest first-failure text in the table; the details below the table have it whole. */
    private static final int SUMMARY_WIDTH = 100;

    private ConsoleReport() {
    }

    public static void print(GradeReport report, PrintStream out) {
        out.printf(Locale.ROOT, "%-28s %13s  %s%n", "problem", "points", "first failure");
        for (ProblemScore s : report.scores()) {
            out.printf(Locale.ROOT, "%-28s %6.2f / %-4s  %s%n", s.problem().id(), s.earned(),
                    points(s.possible()), s.full() ? "ok" : clip(s.firstFailure().map(ConsoleReport::line).orElse("")));
        }
        printDetails(report, out);
        out.printf(Locale.ROOT, "%ntotal %.2f / %s on %d problems with checks (%s checks, seed %d, %.1f s)%n",
                report.earned(), points(report.possible()), report.scores().size(),
                report.instructorChecks() ? "public and instructor-only" : "public", report.seed(),
                report.millis() / 1000.0);
        if (!report.withoutChecks().isEmpty()) {
            out.printf(Locale.ROOT, "%d catalogue problems have no checks yet and count toward no score (nngrade list)%n",
                    report.withoutChecks().size());
        }
    }

    private static void printDetails(GradeReport report, PrintStream out) {
        for (ProblemScore s : report.scores()) {
            if (s.full() || s.notImplemented()) {
                continue;
            }
            out.printf(Locale.ROOT, "%n%s  %s: %s%n", s.problem().id(), s.problem().title(), s.problem().formula());
            for (CheckResult c : s.failuresMostTellingFirst()) {
                out.printf(Locale.ROOT, "  FAILED %s (%.2f points)%n", c.name(), s.pointsOf(c));
                c.detail().lines().limit(12).forEach(l -> out.println("    " + l));
            }
            if (s.anchorRatio() < 1) {
                out.printf(Locale.ROOT, "  %s%n", propertyRule(s));
            }
        }
    }

    /**
     * @return for a passed property check that pays less than its points, why; otherwise empty
     */
    public static String propertyShare(ProblemScore s, CheckResult c) {
        return c.passed() && !c.valueAnchored() && s.anchorRatio() < 1 ? (c.detail().isEmpty() ? "" : "\n\n")
                + "passed, and pays " + percent(s.anchorRatio()) + " of its points: " + propertyRule(s) : "";
    }

    /** @return the rule of ProblemScore in words, with this problem's figures */
    private static String propertyRule(ProblemScore s) {
        long anchored = s.checks().stream().filter(CheckResult::valueAnchored).count();
        long passed = s.checks().stream().filter(c -> c.valueAnchored() && c.passed()).count();
        return "checks of properties (gradients against your own forward, invariances, finiteness, shapes)"
                + " pay only as far as your values are right: " + passed + " of " + anchored
                + " value checks passed (" + percent(s.anchorRatio()) + " of their weight)";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String line(CheckResult c) {
        return c.status() == CheckStatus.NOT_IMPLEMENTED ? "not implemented yet" : c.name() + ": " + c.summary();
    }

    private static String clip(String s) {
        return s.length() <= SUMMARY_WIDTH ? s : s.substring(0, SUMMARY_WIDTH - 3) + "...";
    }

    private static String points(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.2f", p);
    }
}
