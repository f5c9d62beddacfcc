package nngrade.checks.optimizers;

import nngrade.checks.support.Tolerance;

/**
 * Runs an optimizer and compares trajectories x_0, x_1, ..., x_T.
 *
 * <p>The tolerance: x_t[i] passes when |actual - expected| <= {@value #REL} (|expected| + M_i)
 * (NaN matches only NaN, as in {@link Tolerance#close}),
 * where M_i is the largest |expected x_s[i]| along the whole run. The issue asks for torch.optim's
 * trajectories to 1e-12 relative; M_i is there because a coordinate that passes near 0 (x - lr g
 * cancelling) carries the rounding error of its larger neighbours in time, about T ulps of M_i,
 * which no implementation avoids. Realistic bugs (a missing bias correction, a factor 1 - mu, a
 * flipped sign) move x by 1e-4 of M_i or more. The subtle ones show only on some inputs, which the
 * runs include: eps inside the square root changes a step by eps/(2 g^2) of itself, invisible for
 * |g| ~ 1 but of order 1 for the gradients of 1e-8 and below; AdamW decaying after the Adam step
 * instead of before it moves x by lr wd times the step (about lr), 1e-8 for lr 1e-3 and wd 0.01.
 */
final class Trajectory {

    /** Relative tolerance of trajectory agreement, against each coordinate's own scale. */
    static final double REL = 1e-12;

    private Trajectory() {
    }

    /**
     * @return rows 0..T: x_0 (a copy of run.x0()) and the parameters after each step; the
     *     stepper is handed a fresh copy, never run.x0() itself
     */
    static double[][] follow(Stepper stepper, Run run) {
        double[][] xs = new double[run.steps() + 1][];
        double[] x = run.x0().clone();
        xs[0] = x.clone();
        for (int t = 1; t <= run.steps(); t++) {
            int step = t;
            stepper.step(x, point -> run.field().at(step, point));
            xs[t] = x.clone();
        }
        return xs;
    }

    /**
     * Fails at the first step and coordinate where actual leaves the tolerance around expected.
     *
     * @param what     names the expected trajectory in one line, e.g. "torch.optim.Adam, fixture
     *                 case 2 (lr=0.1, ...)"
     * @param run      the run, shown on a line of its own
     * @param expected rows 0..T
     * @param actual   rows 0..T
     */
    static void assertMatches(String what, Run run, double[][] expected, double[][] actual) {
        double[] scale = scales(expected);
        for (int t = 1; t < expected.length; t++) {
            for (int i = 0; i < scale.length; i++) {
                double e = expected[t][i];
                double a = actual[t][i];
                if (!Tolerance.close(e, a, REL, REL * scale[i])) {
                    throw new AssertionError(what + ": after step " + t + ", x[" + i + "] should be " + e
                            + " but is " + a + " (off by " + Math.abs(a - e) + "; it was " + expected[t - 1][i]
                            + " before the step)\n  the run: " + run);
                }
            }
        }
    }

    /** @return M_i = max_t |x_t[i]| over the finite values, for each coordinate */
    static double[] scales(double[][] xs) {
        double[] m = new double[xs[0].length];
        for (double[] x : xs) {
            for (int i = 0; i < m.length; i++) {
                if (Double.isFinite(x[i])) {
                    m[i] = Math.max(m[i], Math.abs(x[i]));
                }
            }
        }
        return m;
    }
}
