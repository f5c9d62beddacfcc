package nngrade.checks.quasinewton;

import java.util.function.DoubleUnaryOperator;
import nngrade.checks.support.Gens;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A unimodal function on [a, b] with a known minimizer, and the tolerance to find it to.
 *
 * <p>The shapes: a parabola, |x - m|^1.5 (no second derivative at m), cosh, an inverted Gaussian
 * bump as wide as the bracket, an asymmetric V (a kink at m), log(1 + x^2), and monotone
 * functions whose minimizer is an end of the bracket. Each is scaled by the bracket's width w so
 * that f(c) and f(d) stay distinguishable in double precision down to the smallest tolerance,
 * 1e-6 w ((1e-6)^2 is far above the rounding of an offset of 1).
 *
 * @param shape     names the function in failure messages
 * @param f         the function
 * @param minimizer its minimizer on [a, b]
 * @param a         the left end
 * @param b         the right end
 * @param tol       the tolerance asked for
 */
record UnimodalCase(String shape, DoubleUnaryOperator f, double minimizer, double a, double b, double tol) {

    /** The number of shapes generated. */
    static final int SHAPES = 8;

    double width() {
        return b - a;
    }

    /** @return K = ceil(ln((b - a)/tol)/ln(phi)): the iterations golden-section search needs */
    int iterationsNeeded() {
        return (int) Math.ceil(Math.log(width() / tol) / Math.log((1 + Math.sqrt(5)) / 2));
    }

    static Gen<UnimodalCase> cases() {
        Gen<Integer> shapes = Generate.range(0, SHAPES - 1);
        Gen<Double> lefts = Gens.between(-10, 10);
        Gen<Double> logWidths = Gens.between(-1, 1);
        Gen<Double> fractions = Gens.between(0, 1);
        // a failure shrinks toward the smallest tolerance: the most iterations, where a ratio that is
        // slightly off has strayed furthest
        Gen<Double> logTols = Gens.between(-6, -2, -6);
        Gen<Double> slopes = Gens.between(0.1, 10);
        Gen<UnimodalCase> gen = in -> {
            int shape = shapes.generate(in);
            double a = lefts.generate(in);
            double w = Math.pow(10, logWidths.generate(in));
            double m = a + fractions.generate(in) * w;
            double tol = w * Math.pow(10, logTols.generate(in));
            double s1 = slopes.generate(in);
            double s2 = slopes.generate(in);
            return make(shape, new double[] {a, a + w}, m, tol, s1, s2);
        };
        return gen.describedAs(UnimodalCase::toString);
    }

    /** @return the shape-th function on the bracket ab = {a, b}, with its minimizer m inside */
    private static UnimodalCase make(int shape, double[] ab, double m, double tol, double s1, double s2) {
        double a = ab[0];
        double b = ab[1];
        double w = b - a;
        return switch (shape) {
            case 0 -> new UnimodalCase(s1 + " (x - " + m + ")^2", x -> s1 * (x - m) * (x - m), m, a, b, tol);
            case 1 -> new UnimodalCase("|x - " + m + "|^1.5", x -> Math.pow(Math.abs(x - m), 1.5), m, a, b, tol);
            case 2 -> new UnimodalCase("cosh((x - " + m + ")/" + w + ")", x -> Math.cosh((x - m) / w), m, a, b, tol);
            case 3 -> new UnimodalCase("-exp(-((x - " + m + ")/" + w + ")^2)",
                    x -> -Math.exp(-((x - m) / w) * ((x - m) / w)), m, a, b, tol);
            case 4 -> new UnimodalCase(s1 + " (" + m + " - x) left of " + m + ", " + s2 + " (x - " + m
                    + ") right of it",
                    x -> x < m ? s1 * (m - x) : s2 * (x - m), m, a, b, tol);
            case 5 -> new UnimodalCase("log(1 + ((x - " + m + ")/" + w + ")^2)",
                    x -> Math.log1p(((x - m) / w) * ((x - m) / w)), m, a, b, tol);
            case 6 -> new UnimodalCase(s1 + " (x - a), increasing", x -> s1 * (x - a), a, a, b, tol);
            default -> new UnimodalCase("exp(-" + s1 + " (x - a)/" + w + "), decreasing",
                    x -> Math.exp(-s1 * (x - a) / w), b, a, b, tol);
        };
    }

    @Override
    public String toString() {
        return "{f(x) = " + shape + " on [" + a + ", " + b + "], tol = " + tol + "}";
    }
}
