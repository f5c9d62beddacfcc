package nngrade.checks.schedules;

import nngrade.checks.support.Miss;
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
        Deviation d = deviation(what, expected, actual);
        if (d != null) {
            throw d.error();
        }
    }

    /** Fails with the most telling of the deviations, if there is any. */
    static void assertNone(java.util.List<Deviation> deviations) {
        deviations.stream().filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.comparingDouble(Deviation::share))
                .ifPresent(d -> {
                    throw d.error();
                });
    }

    /** @return the first step where actual leaves expected, or null if it never does */
    static Deviation deviation(String what, double[] expected, double[] actual) {
        double s = scale(expected);
        for (int t = 0; t < expected.length; t++) {
            if (!close(expected[t], actual[t], s)) {
                return new Deviation(what, t, expected, actual);
            }
        }
        return null;
    }

    /** The first step t where a schedule leaves the expected values, judged by lr(t) itself. */
    record Deviation(String what, int t, double[] expected, double[] actual) {

        /** @return the miss as a share of lr(t) (a NaN or an infinity counts as all of it) */
        double share() {
            double miss = Math.abs(actual[t] - expected[t]) / Miss.scale(expected[t], actual[t]);
            return Double.isFinite(miss) ? miss : Double.POSITIVE_INFINITY;
        }

        AssertionError error() {
            String at = what + ": lr(" + t + ") should be " + expected[t] + " but is " + actual[t];
            String why = Double.isFinite(actual[t]) ? ": " + Miss.by(expected[t], actual[t], 0)
                    : ". " + Miss.nonFinite(actual[t]);
            String before = t > 0 ? " (lr(" + (t - 1) + ") should be " + expected[t - 1] + ", is " + actual[t - 1] + ")" : "";
            return new AssertionError(at + why + before);
        }
    }
}
