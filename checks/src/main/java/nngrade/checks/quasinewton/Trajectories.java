package nngrade.checks.quasinewton;

import java.util.Arrays;
import java.util.List;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Lazily;
import nngrade.checks.support.LinearAlgebra;
import nngrade.problems.quasinewton.Objective;

/** Assertions about a recorded minimizer run, shared by the BFGS and L-BFGS checks. */
final class Trajectories {

    /**
     * Directions: |d_i - e_i| &lt;= DIRECTION_REL max|e| for the recorded d and the expected e,
     * recomputed along the minimizer's own points. Correct implementations, written differently,
     * stay within 4e-13 of the expected directions (measured over 3000 generated runs of the
     * reference and of an independent plain-Java BFGS and L-BFGS); a wrong update, a wrong loop
     * order or a wrong memory changes them by far more, though QuickTheories then shrinks to an
     * input where the difference is just above this bound.
     */
    static final double DIRECTION_REL = 1e-8;
    /**
     * Agreement of two separate runs (the submission's and the reference's): their points drift
     * apart by rounding, slowly at first and then fast (up to 1e-8 relative after 5 iterations,
     * 1e-2 after 8, measured), so only the first {@value #AGREEMENT_ITERATIONS} iterations are
     * compared, to {@value #AGREEMENT_REL}.
     */
    static final double AGREEMENT_REL = 1e-6;
    static final int AGREEMENT_ITERATIONS = 4;
    /** theta_{k+1} = theta_k + alpha_k d_k up to the rounding of that sum. */
    static final double STEP_REL = 1e-12;

    private Trajectories() {
    }

    /** Fails unless every theta_{k+1} is theta_k + alpha_k d_k. */
    /**
     * Fails unless the run stopped where the contract lets a minimizer stop: at a point whose
     * gradient norm is below eps, or after the iteration cap. Checks of the directions taken
     * compare nothing for a search that takes no step, so they ask this first.
     */
    static void assertStoppedWhereAllowed(MinimizerRun run, Objective f, double[] x0, double eps, int cap) {
        // theta_0 is x0: the first line search starts there, or, without one, the point returned is x0
        double[] start = run.iterations() == 0 ? run.result() : run.calls().get(0).x();
        Expect.near(run.iterations() == 0 ? "the point returned without a single step (must be x0)"
                : "theta_0, the point of the first line search (must be x0)", x0, start, 0, 0);
        double norm = gradientNorm(f, run.result());
        Lazily.that(norm < eps || run.iterations() >= cap, () -> "the search stopped after " + run.iterations()
                + " of at most " + cap + " iterations, at " + show(run.result()) + " where ||g|| = " + norm
                + " is not below eps = " + eps + ": it must go on until ||g|| < eps or the cap");
    }

    static void assertStepsTaken(MinimizerRun run) {
        List<double[]> points = run.points();
        for (int k = 0; k < run.iterations(); k++) {
            RecordingLineSearch.Call call = run.calls().get(k);
            double[] expected = LinearAlgebra.plusScaled(call.x(), call.alpha(), call.d());
            double scale = LinearAlgebra.maxAbs(call.x()) + Math.abs(call.alpha()) * LinearAlgebra.maxAbs(call.d());
            int i = k;
            Lazily.near(() -> "theta_" + (i + 1) + " = theta_" + i + " + alpha_" + i + " d_" + i
                    + " (alpha_" + i + " = " + call.alpha() + " is what the line search returned)",
                    expected, points.get(k + 1), 0, STEP_REL * scale);
        }
    }

    /** Fails unless the recorded directions are the expected ones, -B_k g_k. */
    static void assertDirections(String rule, MinimizerRun run, List<double[]> expected) {
        assertDirections(rule, run, expected, DIRECTION_REL);
    }

    /** Fails unless the recorded directions are the expected ones to rel of their size. */
    static void assertDirections(String rule, MinimizerRun run, List<double[]> expected, double rel) {
        List<double[]> actual = run.directions();
        Lazily.that(actual.size() == expected.size(), () -> "the line search was called " + actual.size()
                + " times, expected " + expected.size() + " (" + rule + ")");
        int worst = -1; // the direction that misses most, relative to its size, tells the bug best
        double most = -1;
        for (int k = 0; k < actual.size(); k++) {
            double[] e = expected.get(k);
            // built from the submission's own points: NaN would match NaN
            Expect.finite("d_" + k + " = -B_" + k + " g_" + k + " at your points", e);
            if (!Lazily.close(e, actual.get(k), 0, rel * LinearAlgebra.maxAbs(e))) {
                double miss = 0;
                for (int j = 0; j < e.length && j < actual.get(k).length; j++) {
                    miss = Math.max(miss, Math.abs(e[j] - actual.get(k)[j]));
                }
                miss = Double.isNaN(miss) ? Double.POSITIVE_INFINITY : miss / Math.max(LinearAlgebra.maxAbs(e), Double.MIN_NORMAL);
                if (miss > most) {
                    most = miss;
                    worst = k;
                }
            }
        }
        if (worst >= 0) {
            int k = worst;
            Expect.near(() -> "d_" + k + " = -B_" + k + " g_" + k + " (" + rule + ")",
                    expected.get(k), actual.get(k), 0,
                    rel * LinearAlgebra.maxAbs(expected.get(k)));
        }
    }

    /** @return ||grad J(x)|| by the check's own gradient */
    static double gradientNorm(Objective f, double[] x) {
        return LinearAlgebra.norm(f.gradient(x));
    }

    static String show(double[] x) {
        return Arrays.toString(x);
    }
}
