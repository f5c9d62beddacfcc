package nngrade.checks.quasinewton;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Raises;
import nngrade.problems.Solutions;
import nngrade.problems.quasinewton.LineSearch;
import nngrade.problems.quasinewton.Minimizer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * opt.lbfgs: the two-loop recursion over the last r pairs, B_0 = I. Beyond the shared minimizer
 * checks, both halves of what limited memory means, seen from the directions alone: while at most
 * r pairs exist the directions are exactly full BFGS's; afterwards they are BFGS's rebuilt from I
 * over the last r pairs only, and no older pair influences them. That is the observable side of
 * the O(r n) storage: a submission that kept more pairs (or a dense B) would give other
 * directions.
 */
@ProblemId("opt.lbfgs")
class LbfgsChecks extends MinimizerContract {

    /** The memory of the shared checks (Rosenbrock, guard, stopping rules). */
    static final int DEFAULT_MEMORY = 5;

    @Override
    protected Minimizer of(Solutions s, LineSearch lineSearch, double eps, int maxIterations) {
        return s.lbfgs(lineSearch, DEFAULT_MEMORY, eps, maxIterations);
    }

    /** Memory 2 over the 4 iterations compared: the reference and the submission both drop pairs. */
    @Override
    protected Minimizer forAgreement(Solutions s, LineSearch lineSearch, double eps, int maxIterations) {
        return s.lbfgs(lineSearch, 2, eps, maxIterations);
    }

    @Override
    protected int rosenbrockTenDimensionsCap() {
        return 300;
    }

    /**
     * The contract's memory: r is at least 1, else IllegalArgumentException, from the factory or
     * from minimize (a memory of 0 would keep no pair: gradient descent under L-BFGS's name).
     */
    @Test
    @Weight(1)
    void rejectsAMemoryBelowOne() {
        Solutions s = submission();
        Quadratic f = new Quadratic(new double[][] {{2, 0}, {0, 1}}, new double[] {1, 1});
        for (int r : new int[] {0, -1}) {
            Raises.that("memory r = " + r, IllegalArgumentException.class,
                    () -> s.lbfgs(new ExactLineSearch(f), r, 1e-9, 10).minimize(f, new double[] {0, 0}));
        }
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void directionsEqualFullBfgsWhileNoPairHasBeenDropped() {
        Solutions s = submission();
        qt().forAll(QuadraticCase.damped()).checkAssert(c -> {
            Quadratic f = c.quadratic();
            int iterations = 2 * c.n();
            MinimizerRun run = MinimizerRun.of(ls -> s.lbfgs(ls, iterations, 1e-9, iterations),
                    new ExactLineSearch(f, c.omega()), f, c.x0());
            Trajectories.assertStoppedWhereAllowed(run, f, c.x0(), 1e-9, iterations);
            Trajectories.assertStepsTaken(run);
            Trajectories.assertDirections("r = " + iterations + " >= iterations: full BFGS from B_0 = I",
                    run, ExpectedDirections.of(run.points(), f, Integer.MAX_VALUE));
        });
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void directionsUseOnlyTheMostRecentPairs() {
        Solutions s = submission();
        Gen<Integer> memories = Generate.range(1, 3);
        qt().forAll(QuadraticCase.damped(), memories).checkAssert((c, r) -> {
            Quadratic f = c.quadratic();
            MinimizerRun run = MinimizerRun.of(ls -> s.lbfgs(ls, r, 1e-9, 2 * c.n() + r),
                    new ExactLineSearch(f, c.omega()), f, c.x0());
            Trajectories.assertStoppedWhereAllowed(run, f, c.x0(), 1e-9, 2 * c.n() + r);
            Trajectories.assertDirections("BFGS from B_0 = I over the last r = " + r + " pairs only",
                    run, ExpectedDirections.of(run.points(), f, r));
        });
        // a pair refused for its curvature drops none of the kept ones: with r = 1, the first pair
        // still shapes d_2 after the second is refused (MinimizerContract.AFTER_AN_UPDATE)
        DoubleWell w = new DoubleWell();
        MinimizerRun run = MinimizerRun.of(ls -> s.lbfgs(ls, 1, 1e-12, 3), new FixedStep(0.05), w, AFTER_AN_UPDATE);
        Trajectories.assertDirections("r = 1: the pair of step 0 kept while the pair of step 1 (q^T p <= 0) is refused",
                run, ExpectedDirections.of(run.points(), w, 1));
    }
}
