package nngrade.checks.quasinewton;

import java.util.Arrays;
import java.util.List;
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
        for (int k = 0; k < actual.size(); k++) {
            double[] e = expected.get(k);
            int i = k;
            Lazily.near(() -> "d_" + i + " = -B_" + i + " g_" + i + " (" + rule + ")", e, actual.get(k), 0,
                    rel * LinearAlgebra.maxAbs(e));
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
