package nngrade.checks.activations;

import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.GradientCheck.Estimate;

/**
 * The rounding allowance a central difference needs when the function first forms dot products
 * (w.x + b, X W + b) and the objective does not show their size.
 *
 * <p>{@link GradientCheck} bounds rounding by the size of the objective's terms. A dot product
 * s = sum_j x_j w_j + b computed in any order is off by up to about n eps sum_j |x_j w_j| + |b|
 * (n + 1 terms), which can be far larger than |s| when the terms cancel; the difference of two
 * such sums over a step of width 2h carries that error divided by 2h, times how strongly the
 * objective depends on s. This adds {@link GradientCheck#NOISE_ULPS} eps times that magnitude to
 * the estimate's noise; NOISE_ULPS = 16 covers the n + 1 <= 5 roundings of the checks' shapes with
 * margin, and the result stays below 1e-6 for the checks' inputs, far below any realistic bug.
 */
final class DotProductRounding {

    private DotProductRounding() {
    }

    /**
     * @param e         the central-difference estimate
     * @param magnitude sum over the dot products the step changes of (sum of the absolute values of
     *                  their terms) times (a bound on |d objective / d dot product|)
     * @param width     the width of the step, 2h
     * @return e with its noise widened by the dot products' rounding
     */
    static Estimate widen(Estimate e, double magnitude, double width) {
        return new Estimate(e.value(), e.noise() + GradientCheck.NOISE_ULPS * Math.ulp(1.0) * magnitude / width);
    }

    /** @return sum_j |x_j w_j| + |b| */
    static double size(double[] x, double[] w, double b) {
        double s = Math.abs(b);
        for (int j = 0; j < x.length; j++) {
            s += Math.abs(x[j] * w[j]);
        }
        return s;
    }
}
