package nngrade.checks.schedules;

import nngrade.checks.support.Tolerance;

/**
 * Comparison of learning rates. A value passes when |actual - expected| <= {@value #REL}
 * (|expected| + S), S the largest expected value of the schedule: the same 1e-12 relative as the
 * optimizers' trajectories, with S as floor because near a cosine's floor (1 + cos(pi T_cur/T_i)
 * close to 0) the value carries the rounding error of the full amplitude. An off-by-one step, a
 * forgotten T_mult or a wrong phase boundary moves a value by 1e-4 of S or more.
 */
final class ScheduleValues {

    /** Relative tolerance on learning rates, against the schedule's scale. */
    static final double REL = 1e-12;

    private ScheduleValues() {
    }

    /** @return the largest |value| */
    static double scale(double[] values) {
        double s = 0;
        for (double v : values) {
            s = Math.max(s, Math.abs(v));
        }
        return s;
    }

    static boolean close(double expected, double actual, double scale) {
        return Tolerance.close(expected, actual, REL, REL * scale);
    }

    /** Fails unless every actual[t] is close to expected[t]. */
    static void assertMatch(String what, double[] expected, double[] actual) {
        double s = scale(expected);
        for (int t = 0; t < expected.length; t++) {
            if (!close(expected[t], actual[t], s)) {
                throw new AssertionError(what + ": lr(" + t + ") should be " + expected[t] + " but is " + actual[t]
                        + (t > 0 ? " (lr(" + (t - 1) + ") should be " + expected[t - 1] + ", is " + actual[t - 1] + ")" : ""));
            }
        }
    }
}
