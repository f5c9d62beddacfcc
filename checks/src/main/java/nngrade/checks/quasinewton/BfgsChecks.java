package nngrade.checks.quasinewton;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.ArrayList;
import java.util.List;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Lazily;
import nngrade.checks.support.LinearAlgebra;
import nngrade.problems.Solutions;
import nngrade.problems.quasinewton.LineSearch;
import nngrade.problems.quasinewton.Minimizer;
import org.junit.jupiter.api.Test;

/**
 * opt.bfgs, the notes' "Summary of BFGS": B_0 = I; d = -B g; a line search; p, q; the BFGS update
 * of B; stop when ||g|| &lt; eps. Beyond the shared minimizer checks: every direction is -B_k g_k
 * with B_k the BFGS recurrence over the steps actually taken; with an exact line search an
 * n-dimensional strictly convex quadratic is minimized in at most n iterations; and near the
 * minimum of Rosenbrock the convergence is superlinear.
 */
@ProblemId("opt.bfgs")
class BfgsChecks extends MinimizerContract {

    /**
     * Superlinear convergence: near the minimum (from the first error below {@value #NEAR} down to
     * {@value #ERROR_FLOOR}) the geometric mean of the ratios e_{k+1}/e_k of successive errors
     * must be below {@value #RATIO_BOUND}. The reference gets 1e-2 (its ratios run 1.2, 2e-3,
     * 0.19, 3e-5: they tend to 0); a method that converges only linearly keeps its ratios near a
     * constant, and steepest descent on this valley keeps them above 0.5.
     */
    static final double RATIO_BOUND = 0.05;
    static final double NEAR = 1e-2;
    /** Errors below this are rounding, not progress: the iterates are not counted there. */
    static final double ERROR_FLOOR = 1e-12;
    /**
     * After n iterations with an exact line search the gradient must be below TERMINATION_REL of
     * its initial norm: in exact arithmetic it is 0, the directions being conjugate. The
     * generated Hessians have eigenvalues around 1 (B_0 = I is then a sensible start) and evenly
     * spread, and the reference leaves at most 9e-12 there (measured over 2000 quadratics). With
     * a Hessian scaled far from I, or two nearly equal eigenvalues, rounding alone leaves up to
     * 5e-5, which is why such Hessians are not generated here. A method without conjugate
     * directions (steepest descent, a B that is not the BFGS one) stays far above the bound.
     */
    static final double TERMINATION_REL = 1e-8;

    @Override
    protected Minimizer of(Solutions s, LineSearch lineSearch, double eps, int maxIterations) {
        return s.bfgs(lineSearch, eps, maxIterations);
    }

    @Override
    protected int rosenbrockTenDimensionsCap() {
        return 150;
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void eachDirectionIsMinusTheBfgsMatrixTimesTheGradient() {
        Solutions s = submission();
        qt().forAll(QuadraticCase.damped()).checkAssert(c -> {
            Quadratic f = c.quadratic();
            MinimizerRun run = run(s, new ExactLineSearch(f, c.omega()), 1e-9, 3 * c.n(), f, c.x0());
            Trajectories.assertStoppedWhereAllowed(run, f, c.x0(), 1e-9, 3 * c.n());
            Trajectories.assertStepsTaken(run);
            Trajectories.assertDirections("B_0 = I, then the BFGS update by every (p, q) with q^T p > 0",
                    run, ExpectedDirections.of(run.points(), f, Integer.MAX_VALUE));
        });
        Rosenbrock f = new Rosenbrock();
        MinimizerRun run = run(s, new GoldenLineSearch(), 1e-9, 12, f, Rosenbrock.start(10));
        Trajectories.assertStoppedWhereAllowed(run, f, Rosenbrock.start(10), 1e-9, 12);
        Trajectories.assertStepsTaken(run);
        Trajectories.assertDirections("on the 10-D Rosenbrock function", run,
                ExpectedDirections.of(run.points(), f, Integer.MAX_VALUE));
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void minimizesQuadraticsInAtMostAsManyIterationsAsDimensions() {
        Solutions s = submission();
        qt().forAll(QuadraticCase.exact()).checkAssert(c -> {
            Quadratic f = c.quadratic();
            double eps = TERMINATION_REL * Trajectories.gradientNorm(f, c.x0());
            MinimizerRun run = run(s, new ExactLineSearch(f), eps, 10 * c.n(), f, c.x0());
            double norm = Trajectories.gradientNorm(f, run.result());
            Lazily.that(run.iterations() <= c.n() && norm < eps, () -> "in " + c.n() + " dimensions, after "
                    + run.iterations() + " iterations ||g|| = " + norm + "; expected ||g|| < " + eps
                    + " (" + TERMINATION_REL + " ||g_0||, rounding's share of exactly 0) within " + c.n()
                    + " iterations: with an exact line search BFGS makes its directions conjugate, which "
                    + "reaches the minimizer in at most n steps");
        });
    }

    @Test
    @Weight(2)
    void convergesSuperlinearlyNearTheMinimum() {
        Rosenbrock f = new Rosenbrock();
        MinimizerRun run = run(submission(), new GoldenLineSearch(), 1e-9, 200, f, Rosenbrock.start(2));
        List<Double> errors = new ArrayList<>();
        for (double[] x : run.points()) {
            double e = LinearAlgebra.norm(LinearAlgebra.minus(x, Rosenbrock.minimizer(2)));
            if (e < ERROR_FLOOR) {
                break;
            }
            errors.add(e);
        }
        List<Double> ratios = new ArrayList<>();
        for (int k = 1; k < errors.size(); k++) {
            if (errors.get(k - 1) < NEAR) {
                ratios.add(errors.get(k) / errors.get(k - 1));
            }
        }
        Expect.that(ratios.size() >= 2, () -> "only " + ratios.size() + " iteration(s) between errors " + NEAR
                + " and " + ERROR_FLOOR + " (errors: " + errors + "); cannot judge the rate");
        double logMean = 0;
        for (double r : ratios) {
            logMean += Math.log(r) / ratios.size();
        }
        Expect.that(Math.exp(logMean) < RATIO_BOUND, "near the minimum of the 2-D Rosenbrock function the "
                + "errors ||theta_k - (1, 1)|| fall by ratios " + ratios + " (geometric mean "
                + Math.exp(logMean) + "); superlinear convergence makes them tend to 0, expected a mean below "
                + RATIO_BOUND);
    }
}
