package nngrade.checks.support;

/**
 * The named tolerances of the checks, and the one comparison they all use:
 * |expected - actual| <= rel |expected| + abs.
 *
 * <p>Why these numbers: two correct float64 implementations of the same formula, written
 * differently (s(1-s) against e^-x/(1+e^-x)^2, say), differ by a few ulps relative, plus an
 * absolute error where the formula cancels; {@link #AGREEMENT_REL} = 1e-9 leaves six orders of
 * magnitude for that, while every realistic bug (a wrong constant, a wrong branch, a missing
 * factor, an approximation where the exact function is asked) is off by 1e-4 or more.
 */
public final class Tolerance {

    /** Agreement with the reference or a PyTorch/SciPy fixture: relative part. */
    public static final double AGREEMENT_REL = 1e-9;
    /** Agreement: absolute floor, for values that cancel to about 0. */
    public static final double AGREEMENT_ABS = 1e-12;
    /** Printed values of the notes (4 significant digits in the slides). */
    public static final double NOTES_ABS = 5e-5;

    private Tolerance() {
    }

    /**
     * @return whether actual is within rel |expected| + abs of expected; NaN matches only NaN and an
     *     infinity only itself
     */
    public static boolean close(double expected, double actual, double rel, double abs) {
        if (Double.isNaN(expected)) {
            return Double.isNaN(actual);
        }
        if (Double.isInfinite(expected)) {
            return expected == actual;
        }
        return Math.abs(expected - actual) <= rel * Math.abs(expected) + abs;
    }

    /** @return close() with the agreement tolerances */
    public static boolean agrees(double expected, double actual) {
        return close(expected, actual, AGREEMENT_REL, AGREEMENT_ABS);
    }
}
