package nngrade.bugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nngrade.engine.CheckResult;
import nngrade.engine.CheckStatus;
import nngrade.engine.GradeReport;
import nngrade.engine.ProblemScore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every check must be able to fail: each realistic bug of the catalogue loses points on its own
 * problem, through exactly the checks it names, and on no other problem. And the first failure a
 * student reads about it tells the bug: a wrong shape, a NaN or an infinity, an exception, or a
 * miss of at least {@value #TELLING_PERCENT}% at values of ordinary size, never "off by 1.5e-5" on
 * values near 10 or "off by 1e-6" at x = 1e-6.
 */
class BuggySubmissionsTest {

    /**
     * Bugs that are a rounding, of a constant: no input makes them miss by 1%, and their first
     * failure shows the rounded constant against the exact one (the golden section's interior
     * points at 0.618000 of the bracket where 0.618034 is asked).
     */
    static final Set<String> ROUNDED_CONSTANTS = Set.of("bug-golden-section-ratio-rounded-to-0.618");

    /** A miss smaller than this share of the values reads as rounding. */
    static final double TELLING_PERCENT = 1;
    /** Values below this size hide a wrong factor under every tolerance and read as noise. */
    static final double ORDINARY_SMALLEST = 1e-3;
    /** How a failure states a miss (see nngrade.checks.support.Miss): "off by 0.22, 50% of 0.44". */
    private static final Pattern MISS = Pattern.compile("off by (\\S+), (\\S+)% of ([0-9.eE+-]+)");
    /** Numbers compared without the wording of a miss: "should be -1.0e-13 but is -5.0e-14". */
    private static final Pattern RAW_NUMBERS = Pattern.compile("(should be|expected) [-+0-9.eE]+,? (but is|got) [-+0-9.eE]+");
    /** A share of wrong entries (a mask, rows, calls): "in 3 of 8 units (37.5%)". */
    private static final Pattern SHARE = Pattern.compile("in \\d+ of \\d+ [\\w ]+? \\((\\S+)%\\)");

    static Stream<Bug> bugs() {
        List<Bug> all = new ArrayList<>();
        all.addAll(SectionABugs.all());
        all.addAll(SectionBBugs.all());
        all.addAll(RegularizationBugs.all());
        all.addAll(OptimizerBugs.all());
        all.addAll(QuasiNewtonBugs.all());
        all.addAll(InitializationBugs.all());
        all.addAll(BabysittingBugs.all());
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bugs")
    void losesExactlyItsOwnProblemsPoints(Bug bug) {
        GradeReport report = Grading.asInstructor(bug.submission().get());

        ProblemScore own = report.score(bug.problemId());
        assertTrue(own != null, bug.problemId() + " was not graded");
        Set<String> failed = own.checks().stream().filter(c -> !c.passed()).map(CheckResult::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(bug.failingChecks()), failed,
                bug.name() + " must fail exactly these checks of " + bug.problemId());
        assertTrue(own.earned() < own.possible(), bug.name() + " must lose points");
        CheckResult first = own.firstFailure().orElseThrow();
        assertTrue(telling(first) || ROUNDED_CONSTANTS.contains(bug.name()), bug.name() + ": the first failure a student reads must name a wrong shape, a"
                + " non-finite value, an exception or a miss of at least 1% at values of ordinary size, not: "
                + first.name() + ": " + first.summary());

        List<String> othersLosing = report.scores().stream()
                .filter(s -> !s.problem().id().equals(bug.problemId()) && !s.full())
                .map(s -> s.problem().id() + " (" + s.firstFailure().map(CheckResult::summary).orElse("") + ")")
                .toList();
        assertEquals(List.of(), othersLosing, bug.name() + " must lose points on " + bug.problemId() + " only");
    }

    /** @return whether a failure leads with evidence a student cannot mistake for rounding */
    static boolean telling(CheckResult failure) {
        String s = failure.summary();
        if (failure.status() == CheckStatus.ERROR || s.contains("wrong shape") || s.contains("is not a number")
                || s.contains("is an overflow") || s.matches(".*expected \\w*(Exception|Error)\\b.*")) {
            return true;
        }
        Matcher share = SHARE.matcher(s);
        if (share.find()) {
            return Double.parseDouble(share.group(1)) >= TELLING_PERCENT;
        }
        Matcher m = MISS.matcher(s);
        if (!m.find()) {
            // no miss stated: a wrong verdict, a wrong argument passed on, a count or a decision is
            // categorical and cannot be mistaken for rounding; numbers compared raw can
            return !s.contains("off by") && !RAW_NUMBERS.matcher(s).find();
        }
        double percent = Double.parseDouble(m.group(2));
        double size = Double.parseDouble(m.group(3));
        return percent >= TELLING_PERCENT && size >= ORDINARY_SMALLEST;
    }
}
