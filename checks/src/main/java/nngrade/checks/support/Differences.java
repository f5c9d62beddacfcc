package nngrade.checks.support;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Central differences for functions whose value is a sum of terms larger than itself (a matrix
 * product, a loss such as log-sum-exp minus a logit, a graph whose intermediate values are larger
 * than its output).
 *
 * <p>{@link GradientCheck} bounds the rounding noise of a difference by the size of the values it
 * subtracts. Here the value rounds like its largest term, so the caller names that size, the
 * scale, and it is added to the noise bound as the two extra terms {+scale, -scale}, which leave
 * the sum unchanged. The acceptance rule itself is {@link GradientCheck#accepts}.
 */
public final class Differences {

    private Differences() {
    }

    /** @return the numerical gradient of f, with rounding noise at least that of a sum of terms of size scale */
    public static GradientCheck.Estimate[] gradient(ToDoubleFunction<double[]> f, double[] x, double scale) {
        return GradientCheck.gradientOfSum(v -> new double[] {f.applyAsDouble(v), scale, -scale}, x);
    }

    /**
     * {@link #gradient} with f at every point of the differences asked for at once
     * ({@link GradientCheck#gradientOfSumAll}), so that a submission answers them in one exchange.
     */
    public static GradientCheck.Estimate[] gradientAll(Function<List<double[]>, List<Double>> allF, double[] x,
            double scale) {
        return GradientCheck.gradientOfSumAll(points -> allF.apply(points).stream()
                .map(v -> new double[] {v, scale, -scale}).toList(), x);
    }

    /** @return the numerical J(x)^T dy of f, with rounding noise at least that of a sum of terms of size scale */
    public static GradientCheck.Estimate[] vjp(Function<double[], double[]> f, double[] x, double[] dy,
            double scale) {
        return GradientCheck.gradientOfSum(v -> terms(f.apply(v), dy, scale), x);
    }

    /** {@link #vjp} with f at every point of the differences asked for at once. */
    public static GradientCheck.Estimate[] vjpAll(Function<List<double[]>, List<double[]>> allF, double[] x,
            double[] dy, double scale) {
        return GradientCheck.gradientOfSumAll(points -> allF.apply(points).stream().map(y -> terms(y, dy, scale))
                .toList(), x);
    }

    /** @return the terms of dy . y, and scale and -scale, whose sum is dy . y and whose rounding scale is at least scale */
    private static double[] terms(double[] y, double[] dy, double scale) {
        if (y == null || y.length != dy.length) {
            throw new AssertionError("forward: wrong shape: expected length " + dy.length + ", got "
                    + (y == null ? "null" : "length " + y.length));
        }
        double[] terms = Arrays.copyOf(y, y.length + 2);
        for (int i = 0; i < y.length; i++) {
            terms[i] = dy[i] * y[i];
        }
        terms[y.length] = scale;
        terms[y.length + 1] = -scale;
        return terms;
    }
}
