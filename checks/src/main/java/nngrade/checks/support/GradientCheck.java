package nngrade.checks.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Analytic gradients against central differences of the implementation's own forward pass, in
 * double precision.
 *
 * <p>The numerical derivative is n = (f(x+h) - f(x-h)) / (2h) with the step scaled to the input,
 * h = {@value #STEP} max(1, |x|), so that large inputs (x = 1000) get a step that still changes x.
 * Its error has two parts: truncation, about h^2 |f'''| / 6, and rounding, about
 * eps (|f(x+h)| + |f(x-h)|) / (2h), which {@link Estimate#noise()} bounds with
 * {@value #NOISE_ULPS} ulps per value.
 *
 * <p>The acceptance rule: the analytic value a passes when
 * |a - n| <= {@value #REL} max(|a|, |n|) + {@value #ABS} + noise. The relative part is far
 * looser than the truncation error of a smooth function at this step (about 1e-12 relative) and
 * far tighter than any realistic bug (a missing factor, a wrong sign, sigma(x) written for its
 * derivative: relative errors of 1e-2 or more); the noise term keeps rounding from failing a
 * correct implementation where the function value is large and its slope small. For comparison,
 * torch.autograd.gradcheck accepts |a - n| <= 1e-5 + 1e-3 |n| with a fixed step of 1e-6.
 *
 * <p>Callers keep the point at least one step away from any kink, so no difference is taken
 * across it; at a kink the checks test the subdifferential instead.
 */
public final class GradientCheck {

    /** Relative finite-difference step. */
    public static final double STEP = 1e-6;
    /** Relative part of the acceptance rule. */
    public static final double REL = 1e-6;
    /** Absolute floor of the acceptance rule. */
    public static final double ABS = 1e-9;
    /** Rounding error allowed per function value, in units of machine epsilon. */
    public static final double NOISE_ULPS = 16;

    /** A central-difference estimate and the size of its rounding noise. */
    public record Estimate(double value, double noise) {
        @Override
        public String toString() {
            return value + " (+- " + Miss.number(noise) + " rounding)";
        }
    }

    private GradientCheck() {
    }

    /** @return the step used at x: STEP max(1, |x|) */
    public static double step(double x) {
        return STEP * Math.max(1, Math.abs(x));
    }

    /** @return the central difference of f at x with step h */
    public static Estimate derivative(DoubleUnaryOperator f, double x, double h) {
        double xp = x + h;
        double xm = x - h;
        double width = xp - xm; // the step actually taken, after rounding x +- h
        double fp = f.applyAsDouble(xp);
        double fm = f.applyAsDouble(xm);
        return new Estimate((fp - fm) / width, noise(Math.abs(fp) + Math.abs(fm), width));
    }

    /** @return the central difference of f at x with the default step */
    public static Estimate derivative(DoubleUnaryOperator f, double x) {
        return derivative(f, x, step(x));
    }

    /**
     * The numerical gradient of phi(v) = sum_i terms(v)_i. Handing the terms rather than their
     * sum lets the noise bound use sum_i |terms_i|, which is what rounding actually scales with.
     *
     * @param terms the objective split into terms; called 2 x.length times
     * @param x     the point; not modified
     */
    public static Estimate[] gradientOfSum(Function<double[], double[]> terms, double[] x) {
        return gradientOfSumAll(points -> {
            List<double[]> values = new ArrayList<>(points.size());
            for (double[] v : points) {
                values.add(terms.apply(v));
            }
            return values;
        }, x);
    }

    /**
     * {@link #gradientOfSum}, with the terms at every point of the differences asked for at once:
     * the points x + h_j e_j and x - h_j e_j for j = 0, 1, ... in that order, so that a
     * submission behind the channel answers them in one exchange ({@link Batch}).
     *
     * @param allTerms the terms at each of the 2 x.length points, in order; called once
     * @param x        the point; not modified
     */
    public static Estimate[] gradientOfSumAll(Function<List<double[]>, List<double[]>> allTerms, double[] x) {
        List<double[]> points = new ArrayList<>(2 * x.length);
        for (int j = 0; j < x.length; j++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[j] += step(x[j]);
            xm[j] -= step(x[j]);
            points.add(xp);
            points.add(xm);
        }
        List<double[]> t = allTerms.apply(points);
        double[] values = new double[2 * x.length];
        double[] sums = new double[4 * x.length];
        for (int p = 0; p < values.length; p++) {
            values[p] = points.get(p)[p / 2];
            sums[2 * p] = sum(t.get(p));
            sums[2 * p + 1] = sumAbs(t.get(p));
        }
        return estimates(values, sums);
    }

    /**
     * @param values the perturbed element's value at each point: x_j + h_j, then x_j - h_j, for j = 0, 1, ...; not modified
     * @param sums   at each point, the sum of its terms and the sum of their magnitudes; not modified
     * @return the central difference in each element, its width the step actually taken after rounding
     */
    static Estimate[] estimates(double[] values, double[] sums) {
        Estimate[] g = new Estimate[values.length / 2];
        for (int j = 0; j < g.length; j++) {
            double width = values[2 * j] - values[2 * j + 1];
            g[j] = new Estimate((sums[4 * j] - sums[4 * j + 2]) / width, noise(sums[4 * j + 1] + sums[4 * j + 3], width));
        }
        return g;
    }

    /**
     * The numerical J(x)^T dy of a subject's forward in one of its arguments, its forward at every
     * point of the differences asked as one question ({@link DifferenceQuestion}): one exchange
     * for a submission behind the channel. Each point's call gets fresh copies of the array arguments.
     *
     * @param subject the object called; not modified by this method (the calls may change it)
     * @param forward calls the subject once with the unperturbed arguments, {@code point} among them
     *                (the same array), and returns what it returns: a double[] or a double[][]
     * @param point   the argument differentiated, a double[] or double[][] (flattened row by row); not modified
     * @param dy      the weights of the forward's output, flattened row by row; not modified
     */
    public static <T> Estimate[] vjpOf(T subject, Function<T, ?> forward, Object point, double[] dy) {
        return DifferenceQuestion.ask(subject, forward, DifferenceQuestion.Perturbed.the(point), dy, 0, new double[0]);
    }

    /**
     * {@link #vjpOf} in argument number {@code k}, a double, a double[] or a double[][], of a
     * forward whose value is a double[][] of rows of length {@code columns} (0 for a value of any
     * shape with dy's number of elements), its terms widened by {@code extra}.
     *
     * @param dy    the weights of the forward's output, flattened row by row; not modified
     * @param extra terms appended to each point's (e.g. scale, -scale); not modified
     */
    public static <T> Estimate[] vjpInArgument(T subject, Function<T, ?> forward, int k, double[] dy, int columns,
            double... extra) {
        return DifferenceQuestion.ask(subject, forward, DifferenceQuestion.Perturbed.number(k), dy, columns, extra);
    }

    /**
     * {@link #vjpOf} for a scalar function of the subject: its numerical gradient in one argument.
     *
     * @param value calls the subject once with the unperturbed arguments and returns the double it returns
     */
    public static <T> Estimate[] gradientOf(T subject, Function<T, ?> value, Object point) {
        return DifferenceQuestion.ask(subject, value, DifferenceQuestion.Perturbed.the(point), null, 0, new double[0]);
    }

    /** @return the numerical gradient of a scalar function of a vector */
    public static Estimate[] gradient(ToDoubleFunction<double[]> f, double[] x) {
        return gradientOfSum(v -> new double[] {f.applyAsDouble(v)}, x);
    }

    /**
     * @return the numerical vector-Jacobian product J(x)^T dy of a vector function f, i.e. the
     *     gradient of phi(v) = dy . f(v)
     */
    public static Estimate[] vjp(Function<double[], double[]> f, double[] x, double[] dy) {
        return gradientOfSum(v -> times(dy, f.apply(v)), x);
    }

    /** @return whether the analytic value passes the acceptance rule against the estimate */
    public static boolean accepts(double analytic, Estimate numerical) {
        if (!Double.isFinite(analytic)) {
            return false;
        }
        double scale = Math.max(Math.abs(analytic), Math.abs(numerical.value()));
        return Math.abs(analytic - numerical.value()) <= REL * scale + ABS + numerical.noise();
    }

    /** Fails with a message naming both values unless the rule accepts. */
    public static void assertMatches(String what, double analytic, Estimate numerical) {
        assertMatches(what, analytic, numerical, 0);
    }

    /**
     * {@link #assertMatches(String, double, Estimate)} naming the element only if it fails: a
     * check of every weight of a layer would otherwise print each example once per weight.
     */
    public static void assertMatches(java.util.function.Supplier<String> what, double analytic, Estimate numerical) {
        if (!accepts(analytic, numerical)) {
            assertMatches(what.get(), analytic, numerical, 0);
        }
    }

    /**
     * Fails unless the rule accepts; the message states the miss relative to {@code scale}, the
     * size of the gradient this element belongs to, and gives NaN and infinities their own sentence.
     */
    static void assertMatches(String what, double analytic, Estimate numerical, double scale) {
        if (accepts(analytic, numerical)) {
            return;
        }
        if (!Double.isFinite(analytic)) {
            throw new AssertionError(what + ": your gradient is " + analytic + ". " + Miss.nonFinite(analytic));
        }
        if (!Double.isFinite(numerical.value())) {
            throw new AssertionError(what + ": your gradient is " + analytic + ", but your own forward is not finite"
                    + " next to this input, so central differences give " + numerical.value() + ". "
                    + Miss.nonFinite(numerical.value()));
        }
        throw new AssertionError(what + ": your gradient is " + analytic + ", but central differences of your own"
                + " forward give " + numerical + ": " + Miss.by(numerical.value(), analytic, scale));
    }

    /**
     * Elementwise {@link #assertMatches(String, double, Estimate)} with a shape check; a failure
     * reports the element that missed most.
     */
    public static void assertMatches(String what, double[] analytic, Estimate[] numerical) {
        Expect.notNull(what, analytic);
        if (analytic.length != numerical.length) {
            throw new AssertionError(what + ": wrong shape: expected length " + numerical.length
                    + ", got " + analytic.length);
        }
        double scale = Miss.scale(analytic);
        for (Estimate n : numerical) {
            scale = Math.max(scale, Miss.scale(n.value()));
        }
        int worst = -1;
        double most = -1;
        for (int i = 0; i < analytic.length; i++) {
            if (!accepts(analytic[i], numerical[i])) {
                double miss = Math.abs(analytic[i] - numerical[i].value());
                miss = Double.isNaN(miss) ? Double.POSITIVE_INFINITY : miss;
                if (miss > most) {
                    most = miss;
                    worst = i;
                }
            }
        }
        if (worst >= 0) { // the element that missed most tells the bug best
            assertMatches(what + "[" + worst + "]", analytic[worst], numerical[worst], scale);
        }
    }

    private static double noise(double magnitude, double width) {
        return NOISE_ULPS * Math.ulp(1.0) * magnitude / width;
    }

    private static double[] times(double[] a, double[] b) {
        if (b == null || a.length != b.length) {
            throw new AssertionError("forward: wrong shape: expected length " + a.length + ", got "
                    + (b == null ? "null" : "length " + b.length));
        }
        double[] p = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            p[i] = a[i] * b[i];
        }
        return p;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    private static double sumAbs(double[] a) {
        double s = 0;
        for (double v : a) {
            s += Math.abs(v);
        }
        return s;
    }
}
