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

    /** @return the numerical J(x)^T dy of f, with rounding noise at least that of a sum of terms of size scale */
    public static GradientCheck.Estimate[] vjp(Function<double[], double[]> f, double[] x, double[] dy,
            double scale) {
        return GradientCheck.gradientOfSum(v -> terms(f.apply(v), dy, scale), x);
    }

    /** {@link GradientCheck#vjpOf} with rounding noise at least that of a sum of terms of size scale. */
    public static <T> GradientCheck.Estimate[] vjpOf(T subject, Function<T, ?> forward, Object point, double[] dy,
            double scale) {
        return DifferenceQuestion.ask(subject, forward, DifferenceQuestion.Perturbed.the(point), dy, 0,
                new double[] {scale, -scale});
    }

    /** {@link GradientCheck#gradientOf} with rounding noise at least that of a sum of terms of size scale. */
    public static <T> GradientCheck.Estimate[] gradientOf(T subject, Function<T, ?> value, Object point, double scale) {
        return DifferenceQuestion.ask(subject, value, DifferenceQuestion.Perturbed.the(point), null, 0,
                new double[] {scale, -scale});
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
