package nngrade.checks.quasinewton;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.List;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Lazily;
import nngrade.checks.support.LinearAlgebra;
import nngrade.checks.support.Miss;
import nngrade.checks.support.Raises;
import nngrade.problems.Solutions;
import nngrade.problems.quasinewton.LineSearch;
import nngrade.problems.quasinewton.Minimizer;
import nngrade.problems.quasinewton.Objective;
import org.junit.jupiter.api.Test;

/**
 * The checks BFGS and L-BFGS share, written once: convergence on Rosenbrock with the checks'
 * golden-section line search, the curvature guard, the stopping rules, a gradient that is not
 * finite, the evaluation count, an untouched starting point and agreement with the reference.
 *
 * <p>A minimizer is watched from outside only: the line search it is handed is the checks' own
 * and records every call (the iterations, the directions), and the objective is the checks' own
 * and counts every evaluation.
 */
public abstract class MinimizerContract {

    /** The gradient-norm tolerance of the convergence checks, as in the issue: 1e-6. */
    static final double EPS = 1e-6;
    /** BFGS must converge on the 2-D Rosenbrock function within this many iterations. */
    static final int ROSENBROCK_2D_CAP = 100;

    /**
     * @return this problem's minimizer out of a submission or the reference, with the given line
     *     search and settings (L-BFGS with its default memory)
     */
    protected abstract Minimizer of(Solutions s, LineSearch lineSearch, double eps, int maxIterations);

    /** @return the minimizer compared with the reference's (by default the one of the other checks) */
    protected Minimizer forAgreement(Solutions s, LineSearch lineSearch, double eps, int maxIterations) {
        return of(s, lineSearch, eps, maxIterations);
    }

    /** @return the iteration cap on the 10-D Rosenbrock function */
    protected abstract int rosenbrockTenDimensionsCap();

    protected final MinimizerRun run(Solutions s, LineSearch lineSearch, double eps, int maxIterations,
            Objective f, double[] x0) {
        return MinimizerRun.of(ls -> of(s, ls, eps, maxIterations), lineSearch, f, x0);
    }

    protected final Solutions submission() {
        return Subjects.submission();
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void convergesOnRosenbrockInTwoDimensionsWithinOneHundredIterations() {
        assertConvergesOnRosenbrock(2, ROSENBROCK_2D_CAP);
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void convergesOnRosenbrockInTenDimensions() {
        assertConvergesOnRosenbrock(10, rosenbrockTenDimensionsCap());
    }

    private void assertConvergesOnRosenbrock(int n, int cap) {
        Rosenbrock f = new Rosenbrock();
        MinimizerRun run = run(submission(), new GoldenLineSearch(), EPS, cap, f, Rosenbrock.start(n));
        double norm = Trajectories.gradientNorm(f, run.result());
        Expect.that(norm < EPS, () -> "on the " + n + "-D Rosenbrock function from "
                + Trajectories.show(Rosenbrock.start(n)) + " with an exact-enough golden-section line search, the point"
                + " reached after " + run.iterations() + " iterations is " + Trajectories.show(run.result())
                + ", not the minimizer " + Trajectories.show(Rosenbrock.minimizer(n)) + ": "
                + Miss.distance(Rosenbrock.minimizer(n), run.result()) + "; ||g|| = " + norm + " there, expected below "
                + EPS + " within " + cap + " iterations");
    }

    /**
     * On J = sum (x_i^2 - 1)^2 from a point where J is concave along every axis, a short fixed
     * step gives q^T p &lt; 0: the update must be skipped, so B stays I and the next direction is
     * -g.
     */
    @Test
    @Weight(1)
    void skipsTheUpdateWhenTheCurvatureIsNotPositive() {
        DoubleWell f = new DoubleWell();
        double[] x0 = {0.3, -0.2, 0.1};
        MinimizerRun run = run(submission(), new FixedStep(0.05), 1e-12, 3, f, x0);
        Expect.that(run.iterations() == 3, () -> "expected 3 iterations (the cap), the line search was called "
                + run.iterations() + " times");
        List<double[]> points = run.points();
        for (int k = 1; k < 3; k++) {
            double[] p = LinearAlgebra.minus(points.get(k), points.get(k - 1));
            double[] q = LinearAlgebra.minus(f.gradient(points.get(k)), f.gradient(points.get(k - 1)));
            double[] expected = LinearAlgebra.scaled(-1, f.gradient(points.get(k)));
            Expect.finite("-g at your point theta_" + k, expected); // NaN would match NaN below
            Expect.near("d_" + k + " after steps whose curvature q^T p = " + LinearAlgebra.dot(q, p)
                    + " <= 0 left B = I", expected, run.directions().get(k), 0,
                    Trajectories.DIRECTION_REL * LinearAlgebra.maxAbs(expected));
        }
        DoubleWell w = new DoubleWell();
        MinimizerRun kept = run(submission(), new FixedStep(0.05), 1e-12, 3, w, AFTER_AN_UPDATE);
        Trajectories.assertDirections("B_0 = I, updated by (p_0, q_0) with q^T p > 0, then kept as it is where q^T p"
                + " <= 0 (not reset to I)", kept, ExpectedDirections.of(kept.points(), w, Integer.MAX_VALUE));
    }

    /**
     * A start on the 2-D double well where, with a fixed step of 0.05, the first step has
     * q^T p = 0.09 &gt; 0 (an update) and the second q^T p = -0.012 (skipped): a minimizer that
     * resets B to I there, or forgets its pairs, takes d_2 about half as long in x_1 as -B_1 g_2.
     */
    static final double[] AFTER_AN_UPDATE = {-0.37, 1.18};

    @Test
    @Weight(1)
    void stopsAtTheGradientToleranceOrTheIterationCap() {
        double[][] a = {{3, 1}, {1, 2}};
        double[] x0 = {0.5, -1.5};
        Quadratic atMinimum = new Quadratic(a, LinearAlgebra.times(a, x0));
        MinimizerRun still = run(submission(), new ExactLineSearch(atMinimum), EPS, 50, atMinimum, x0);
        Expect.that(still.iterations() == 0, () -> "started at the minimizer (||g|| = "
                + Trajectories.gradientNorm(atMinimum, x0) + " < eps), the line search was called "
                + still.iterations() + " times, expected 0");
        Expect.near("the point returned when started at the minimizer", x0, still.result(), 0, 0);
        double[] given = x0.clone();
        double[] returned = of(submission(), new ExactLineSearch(atMinimum), EPS, 50).minimize(atMinimum, given);
        Expect.that(returned != given, "started at the minimizer, minimize returned x0 itself, where the contract asks"
                + " for a new array: a caller that moves the result would move its starting point");

        // g_0 = (2, 0): one component exactly 0, the norm 2 >= eps all the same; the exact step
        // lands on the minimizer 0, where the gradient is 0
        Quadratic separable = new Quadratic(new double[][] {{2, 0}, {0, 1}}, new double[] {0, 0});
        double[] onAnAxis = {1, 0};
        MinimizerRun axis = run(submission(), new ExactLineSearch(separable), EPS, 50, separable, onAnAxis);
        Expect.that(axis.iterations() == 1, () -> "from (1, 0), where g = (2, 0) has a zero component but ||g|| = 2 "
                + ">= eps, the exact line search reaches the minimizer in 1 iteration; the line search was called "
                + axis.iterations() + " times");

        Rosenbrock f = new Rosenbrock();
        double eps = 1e-3;
        MinimizerRun run = run(submission(), new GoldenLineSearch(), eps, 1000, f, Rosenbrock.start(2));
        List<double[]> points = run.points();
        for (int k = 0; k < points.size(); k++) {
            double norm = Trajectories.gradientNorm(f, points.get(k));
            boolean last = k == points.size() - 1;
            int i = k;
            Lazily.that(last ? norm < eps : norm >= eps, () -> last
                    ? "stopped with ||g|| = " + norm + ", expected < eps = " + eps
                    : "went on from theta_" + i + " where ||g|| = " + norm + " < eps = " + eps + " already");
        }

        MinimizerRun capped = run(submission(), new GoldenLineSearch(), 1e-12, 3, f, Rosenbrock.start(2));
        Expect.that(capped.iterations() == 3, () -> "with maxIterations = 3 the line search was called "
                + capped.iterations() + " times, expected 3");
    }

    @Test
    @Weight(1)
    void throwsArithmeticExceptionOnNonFiniteGradients() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
            for (int from : new int[] {0, 2}) {
                Objective f = new SpoiledGradient(new Rosenbrock(), from, bad);
                Raises.that("the gradient is " + bad + " from evaluation " + (from + 1) + " on",
                        ArithmeticException.class,
                        () -> of(submission(), new GoldenLineSearch(), EPS, 100).minimize(f, Rosenbrock.start(2)));
            }
        }
    }

    @Test
    @Weight(1)
    void evaluatesTheGradientOncePerPoint() {
        MinimizerRun run = run(submission(), new GoldenLineSearch(), EPS, 200, new Rosenbrock(), Rosenbrock.start(2));
        Expect.that(run.gradients() == run.iterations() + 1, () -> "after " + run.iterations()
                + " iterations the gradient was evaluated " + run.gradients() + " times, expected "
                + (run.iterations() + 1) + ": once at theta_0 and once at each new point");
    }

    @Test
    @Weight(1)
    void doesNotModifyItsStartingPoint() {
        Rosenbrock f = new Rosenbrock();
        double[] x0 = Rosenbrock.start(4);
        double[] given = x0.clone();
        of(submission(), new GoldenLineSearch(), EPS, 20).minimize(new CountingObjective(f), given);
        Expect.unchanged("x0", x0, given);
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        int iterations = Trajectories.AGREEMENT_ITERATIONS;
        qt().forAll(QuadraticCase.damped()).checkAssert(c -> {
            Quadratic f = c.quadratic();
            MinimizerRun expected = MinimizerRun.of(ls -> forAgreement(Subjects.reference(), ls, 1e-9, iterations),
                    new ExactLineSearch(f, c.omega()), f, c.x0());
            MinimizerRun actual = MinimizerRun.of(ls -> forAgreement(submission(), ls, 1e-9, iterations),
                    new ExactLineSearch(f, c.omega()), f, c.x0());
            Trajectories.assertDirections("as the reference's", actual, expected.directions(),
                    Trajectories.AGREEMENT_REL);
            Expect.near("the point returned", expected.result(), actual.result(), 0,
                    Trajectories.AGREEMENT_REL * LinearAlgebra.maxAbs(c.x0()));
        });
    }
}
