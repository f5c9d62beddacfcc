package nngrade.checks.quasinewton;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Lazily;
import nngrade.checks.support.Miss;
import nngrade.checks.support.Raises;
import nngrade.problems.quasinewton.LineMinimizer;
import org.junit.jupiter.api.Test;

/**
 * ls.golden_section. The checks watch the search through the evaluations of f alone (a wrapper
 * the checks own): where the first two land, and how each later one splits the bracket, gives
 * every bracket the search went through, which must shrink by exactly 1/phi each iteration; the
 * number of evaluations must be one per iteration; the answer must be within tol of the
 * minimizer.
 */
@ProblemId("ls.golden_section")
class GoldenSectionChecks {

    /** 1/phi = (sqrt 5 - 1)/2 = 0.6180339887... */
    static final double INV_PHI = (Math.sqrt(5) - 1) / 2;
    /**
     * Interior points must sit at the golden positions of their bracket to RATIO_TOL of its
     * width. Rounding moves a point by about eps max(|a|, |b|), which the shrinking bracket
     * magnifies: the reference strays by at most 1e-8 of the width on the generated brackets
     * (|a|, |b| &lt;= 20, width &gt;= 0.1, tol &gt;= 1e-6 of the width; measured over 3000
     * cases); the golden ratio rounded to 0.618 is 3e-5 off from the first iteration.
     */
    static final double RATIO_TOL = 1e-6;
    /**
     * An evaluation within REPEAT_TOL of the bracket's width from one already made is a repeat,
     * not a new point: golden points are at least 0.236 widths apart.
     */
    static final double REPEAT_TOL = 1e-3;

    private static LineMinimizer subject() {
        return Subjects.submission().goldenSection();
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void bracketShrinksByTheGoldenRatioEachIteration() {
        LineMinimizer search = subject();
        qt().forAll(UnimodalCase.cases()).checkAssert(c -> {
            EvaluationLog log = new EvaluationLog(c.f());
            search.minimize(log, c.a(), c.b(), c.tol());
            replay(log.evaluations(), c.a(), c.b());
        });
    }

    /**
     * Follows the search through its evaluations: the bracket [lo, hi] holds two interior points;
     * the one with the larger value of f bounds the next bracket, the other is kept, and the next
     * new evaluation is the new interior point. Each bracket's interior points must be at the
     * golden positions lo + (hi - lo)/phi^2 and lo + (hi - lo)/phi.
     */
    private static void replay(List<double[]> evaluations, double a, double b) {
        List<double[]> fresh = new ArrayList<>(); // new points, repeats left out
        double lo = a;
        double hi = b;
        double[] c = null;
        double[] d = null;
        int iteration = 0;
        Stray worst = null; // the whole search is replayed: a slightly wrong ratio strays further each iteration
        for (double[] e : evaluations) {
            if (isRepeat(e[0], fresh, hi - lo)) {
                continue;
            }
            fresh.add(e);
            if (c == null) {
                c = e;
                continue;
            }
            if (d == null) {
                double[] first = c;
                c = first[0] < e[0] ? first : e;
                d = first[0] < e[0] ? e : first;
            } else if (c[1] < d[1]) { // the minimizer is in [lo, d]; c is kept
                hi = d[0];
                d = e[0] < c[0] ? c : e;
                c = e[0] < c[0] ? e : c;
            } else { // the minimizer is in [c, hi]; d is kept
                lo = c[0];
                c = e[0] < d[0] ? e : d;
                d = e[0] < d[0] ? d : e;
            }
            Stray s = new Stray(iteration++, lo, hi, c[0], d[0]);
            worst = worst == null || s.distance() > worst.distance() ? s : worst;
        }
        Expect.that(d != null, () -> "f was evaluated at " + fresh.size() + " distinct point(s): golden-section "
                + "search starts with two interior points");
        Stray found = worst;
        Lazily.that(found.distance() <= RATIO_TOL, found::message);
    }

    /** Where the interior points c and d of one bracket [lo, hi] lie, against the golden positions. */
    private record Stray(int iteration, double lo, double hi, double c, double d) {

        /** @return how far c and d are from the golden fractions 1 - 1/phi and 1/phi of the width */
        double distance() {
            double w = hi - lo;
            return Math.max(Math.abs((c - lo) / w - (1 - INV_PHI)), Math.abs((d - lo) / w - INV_PHI));
        }

        String message() {
            double w = hi - lo;
            double rc = (c - lo) / w;
            double rd = (d - lo) / w;
            boolean cWorse = Math.abs(rc - (1 - INV_PHI)) >= Math.abs(rd - INV_PHI);
            return (iteration == 0 ? "the first two interior points" : "after iteration " + iteration + ", the interior points")
                    + " of the bracket [" + lo + ", " + hi + "] are at " + c + " and " + d + ", i.e. at fractions "
                    + rc + " and " + rd + " of its width; expected " + (1 - INV_PHI) + " and " + INV_PHI + ": "
                    + (cWorse ? Miss.by(1 - INV_PHI, rc, INV_PHI) : Miss.by(INV_PHI, rd, INV_PHI))
                    + " (the bracket must shrink by 1/phi = " + INV_PHI + " each iteration and reuse one point)";
        }
    }

    private static boolean isRepeat(double x, List<double[]> seen, double width) {
        for (double[] s : seen) {
            if (Math.abs(s[0] - x) <= REPEAT_TOL * width) {
                return true;
            }
        }
        return false;
    }

    @Test
    @Weight(3)
    void costsOneNewEvaluationPerIteration() {
        LineMinimizer search = subject();
        qt().forAll(UnimodalCase.cases()).checkAssert(c -> {
            EvaluationLog log = new EvaluationLog(c.f());
            search.minimize(log, c.a(), c.b(), c.tol());
            int k = c.iterationsNeeded();
            // two to start, one per iteration, and one more iteration allowed for the rounding of
            // the last width against tol
            int allowed = k + 3;
            Lazily.that(log.count() <= allowed, () -> "f was evaluated " + log.count() + " times where 2 + " + k
                    + " suffice: " + Miss.by(k + 2, log.count(), 0) + " (allowed: " + allowed + "); the bracket needs "
                    + k + " iterations of 1/phi to shrink from " + c.width() + " to " + c.tol()
                    + ", one new evaluation each when each iteration reuses one interior point");
        });
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void findsTheMinimizerWithinTol() {
        LineMinimizer search = subject();
        qt().forAll(UnimodalCase.cases()).checkAssert(c -> {
            double x = search.minimize(new EvaluationLog(c.f()), c.a(), c.b(), c.tol());
            Expect.near("the point returned, against the minimizer", c.minimizer(), x, 0, c.tol());
        });
    }

    /**
     * Brackets already no wider than tol, where no iteration is needed (K = 0, or less by the
     * formula): the answer must still be a point of [a, b], within tol of the minimizer, after
     * at most 2 evaluations. The ends are at the minimizer or on the far side of it, so a point
     * outside the bracket cannot pass for one within tol.
     */
    @Test
    @Weight(1)
    void aBracketNoWiderThanTolGivesAPointOfIt() {
        LineMinimizer search = subject();
        narrow(search, "x - 5, increasing", x -> x - 5, 5, 5, 5.5, 0.6);
        narrow(search, "exp(-x), decreasing", x -> Math.exp(-x), -1.9, -2, -1.9, 1);
        narrow(search, "(x - 0.25)^2", x -> (x - 0.25) * (x - 0.25), 0.25, 0, 0.5, 0.5);
    }

    private static void narrow(LineMinimizer search, String shape, DoubleUnaryOperator f,
            double minimizer, double a, double b, double tol) {
        EvaluationLog log = new EvaluationLog(f);
        double x = search.minimize(log, a, b, tol);
        String what = "f = " + shape + " on [" + a + ", " + b + "] with tol = " + tol;
        Expect.that(x >= a && x <= b, () -> what + ": returned x = " + x + ", not a point of the bracket");
        Expect.near(() -> what + ": the point returned, against the minimizer", minimizer, x, 0, tol);
        Expect.that(log.count() <= 2, () -> what + ": f was evaluated " + log.count()
                + " times where the bracket needs no iteration (at most 2)");
        for (double[] e : log.evaluations()) { // the contract: interior points only, never a or b
            Expect.that(e[0] > a && e[0] < b, () -> what + ": f was evaluated at x = " + e[0]
                    + ", not an interior point of the bracket (the contract: never at a or b)");
        }
    }

    @Test
    @Weight(1)
    void rejectsEmptyBracketsAndNonPositiveTolerances() {
        LineMinimizer search = subject();
        double[][] bad = {
            {1, 1, 1e-3}, {2, 1, 1e-3}, {0, 1, 0}, {0, 1, -1e-3},
            {Double.NaN, 1, 1e-3}, {0, Double.POSITIVE_INFINITY, 1e-3}, {0, 1, Double.NaN},
            {Double.NEGATIVE_INFINITY, 0, 1e-3}, {0, 1, Double.POSITIVE_INFINITY},
        };
        for (double[] args : bad) {
            Raises.that("a = " + args[0] + ", b = " + args[1] + ", tol = " + args[2], IllegalArgumentException.class,
                    () -> search.minimize(new EvaluationLog(x -> x * x), args[0], args[1], args[2]));
        }
    }

    @Test
    @Weight(1)
    @NeedsReference
    void agreesWithTheReference() {
        LineMinimizer search = subject();
        LineMinimizer reference = Subjects.reference().goldenSection();
        qt().forAll(UnimodalCase.cases()).checkAssert(c -> {
            double expected = reference.minimize(c.f(), c.a(), c.b(), c.tol());
            double actual = search.minimize(new EvaluationLog(c.f()), c.a(), c.b(), c.tol());
            Expect.near(() -> "the point returned, against the reference's (both are points of a final bracket "
                    + "no wider than tol)", expected, actual, 0, c.tol());
        });
    }
}
