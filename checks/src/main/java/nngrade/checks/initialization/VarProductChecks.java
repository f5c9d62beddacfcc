package nngrade.checks.initialization;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.Raises;
import nngrade.checks.support.VectorPair;
import nngrade.host.DrawnValues;
import nngrade.problems.initialization.ProductVariance;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * stat.var_product: Var(XY) = E[X]^2 Var(Y) + E[Y]^2 Var(X) + Var(X) Var(Y) for independent X and
 * Y, checked on worked examples and against Monte Carlo, and the Monte Carlo estimator itself.
 */
@ProblemId("stat.var_product")
class VarProductChecks {

    /** Draws per Monte Carlo estimate. */
    static final int SAMPLES = 100_000;
    /** False-failure probability of one Monte Carlo check, split over its pairs of variables. */
    static final double FALSE_FAILURE = 1e-6;
    /** Offset of the large-mean check: z^2 is about 1e16, where mean(z^2) - mean(z)^2 keeps no digit. */
    static final double LARGE_MEAN = 1e8;

    private static ProductVariance subject() {
        return Subjects.submission().productVariance();
    }

    /** @return independent pairs covering zero and nonzero means, symmetric and skewed laws */
    private static List<RandomVariable[]> pairs(long salt) {
        long s = Seeds.seed(salt);
        return List.of(
                new RandomVariable[] {RandomVariable.normal(1, 2, s), RandomVariable.normal(2, 3, s + 1)},
                new RandomVariable[] {RandomVariable.uniform(0, 3, s + 2), RandomVariable.exponential(2, s + 3)},
                new RandomVariable[] {RandomVariable.normal(0, 1, s + 4), RandomVariable.uniform(-1, 1, s + 5)},
                new RandomVariable[] {RandomVariable.normal(-3, 0.5, s + 6), RandomVariable.normal(4, 1, s + 7)});
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void closedFormMatchesWorkedExamples() {
        ProductVariance p = subject();
        // {E[X], Var(X), E[Y], Var(Y), Var(XY)}, worked out by hand from the identity.
        double[][] examples = {
            {1, 4, 2, 9, 1 * 9 + 4 * 4 + 4 * 9}, // 61
            {0, 1, 0, 1, 1},                     // zero means: Var(X) Var(Y)
            {3, 0, -2, 5, 9 * 5},                // X constant: E[X]^2 Var(Y)
            {0, 2, 5, 0, 25 * 2},                // Y constant: E[Y]^2 Var(X)
            {-3, 0.25, 4, 1, 9 + 16 * 0.25 + 0.25},
            {0, 0, 0, 0, 0},
        };
        for (double[] e : examples) {
            Expect.agrees(() -> "exact(" + e[0] + ", " + e[1] + ", " + e[2] + ", " + e[3] + ")", e[4],
                    p.exact(e[0], e[1], e[2], e[3]));
        }
    }

    /** The closed form against the sample variance of XY the check draws itself. */
    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void closedFormMatchesMonteCarloOfIndependentDraws() {
        ProductVariance p = subject();
        List<RandomVariable[]> pairs = pairs(800);
        double delta = FALSE_FAILURE / pairs.size();
        for (RandomVariable[] xy : pairs) {
            double[] z = new double[SAMPLES];
            for (int k = 0; k < SAMPLES; k++) {
                z[k] = xy[0].law().sample() * xy[1].law().sample();
            }
            double monteCarlo = new Variance().evaluate(z);
            double exact = p.exact(xy[0].mean(), xy[0].variance(), xy[1].mean(), xy[1].variance());
            double halfWidth = new ProductOfIndependents(xy[0], xy[1]).halfWidth(SAMPLES, delta);
            Expect.that(Math.abs(exact - monteCarlo) <= halfWidth, () -> "X ~ " + xy[0] + ", Y ~ " + xy[1]
                    + ": your Var(XY) = " + exact + ", but " + SAMPLES + " draws of XY have sample variance "
                    + monteCarlo + "; a correct formula is within " + halfWidth + " of it except with probability "
                    + delta);
        }
    }

    /** The submission's estimator against the exact Var(XY) = E[X^2] E[Y^2] - E[X]^2 E[Y]^2. */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void estimatorAgreesWithTheExactVarianceOnIndependentDraws() {
        ProductVariance p = subject();
        List<RandomVariable[]> pairs = pairs(900);
        double delta = FALSE_FAILURE / pairs.size();
        for (RandomVariable[] xy : pairs) {
            ProductOfIndependents law = new ProductOfIndependents(xy[0], xy[1]);
            DrawnValues x = new DrawnValues(draws(xy[0], SAMPLES));
            DrawnValues y = new DrawnValues(draws(xy[1], SAMPLES));
            double estimate = p.estimate(x, y, SAMPLES);
            assertCalls(x, y, SAMPLES);
            double halfWidth = law.halfWidth(SAMPLES, delta);
            Expect.that(Math.abs(estimate - law.variance()) <= halfWidth, () -> "X ~ " + xy[0] + ", Y ~ " + xy[1]
                    + ": estimate(x, y, " + SAMPLES + ") = " + estimate + ", exact Var(XY) = " + law.variance()
                    + "; a correct estimator is within " + halfWidth + " except with probability " + delta);
        }
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void estimatorReturnsTheSampleVarianceOfThePairedProducts() {
        ProductVariance p = subject();
        qt().forAll(VectorPair.of("x", Gens.vectors(2, 20, Gens.scalars()), "y", Gens.scalars())).checkAssert(pair -> {
            double[] xs = pair.x();
            double[] ys = pair.y();
            DrawnValues x = new DrawnValues(xs);
            DrawnValues y = new DrawnValues(ys);
            double estimate = p.estimate(x, y, xs.length);
            assertCalls(x, y, xs.length);
            Expect.agrees(() -> "estimate over x = " + Arrays.toString(xs) + ", y = " + Arrays.toString(ys)
                    + " (1/(n-1) sum (x_k y_k - mean)^2)", sampleVariance(xs, ys), estimate);
        });
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void estimatorKeepsItsDigitsWhenTheMeanIsLarge() {
        int n = 3000;
        double[] offsets = {0, 1, 2};
        double[] xs = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = LARGE_MEAN + offsets[k % 3]; // exact in double
        }
        double expected = exactVarianceOfCycle(offsets, n);
        double estimate = subject().estimate(new DrawnValues(xs),
                new DrawnValues(new double[] {1}), n);
        Expect.agrees(
                () -> "estimate of Var(XY) for x_k = 1e8 + (0, 1, 2, 0, 1, 2, ...) and y = 1 (mean(z^2) - mean(z)^2"
                + " cancels every digit here; subtract the mean first)", expected, estimate);
        // offsets exact in double whose mean 1e8 + 5/6 is not: a sum that relies on
        // sum (z_k - mean) = 0, as sum (z_k + mean)(z_k - mean) does, keeps 2 mean times its rounding
        double[] quarters = {0.25, 0.5, 1.75};
        for (int k = 0; k < n; k++) {
            xs[k] = LARGE_MEAN + quarters[k % 3];
        }
        Expect.agrees(
                () -> "estimate of Var(XY) for x_k = 1e8 + (0.25, 0.5, 1.75, 0.25, ...) and y = 1 (the mean, 1e8 + 5/6,"
                + " is not exact in double: sum the squared deviations, not z_k^2 - mean^2)",
                exactVarianceOfCycle(quarters, n), subject().estimate(new DrawnValues(xs),
                        new DrawnValues(new double[] {1}), n));
    }

    @Test
    @Weight(1)
    void negativeVariancesAndTooFewSamplesAreRejected() {
        ProductVariance p = subject();
        Raises.that("exact(0, -1, 0, 1)", IllegalArgumentException.class, () -> p.exact(0, -1, 0, 1));
        Raises.that("exact(0, 1, 0, -1)", IllegalArgumentException.class, () -> p.exact(0, 1, 0, -1));
        Raises.that("exact(0, NaN, 0, 1)", IllegalArgumentException.class, () -> p.exact(0, Double.NaN, 0, 1));
        Raises.that("estimate(x, y, 1)", IllegalArgumentException.class, () -> p.estimate(() -> 1, () -> 1, 1));
        Raises.that("estimate(x, y, 0)", IllegalArgumentException.class, () -> p.estimate(() -> 1, () -> 1, 0));
    }

    @Test
    @Weight(1)
    @NeedsReference
    void agreesWithTheReference() {
        ProductVariance p = subject();
        ProductVariance reference = Subjects.reference().productVariance();
        qt().forAll(Gens.scalars(), Gens.between(0, 100), Gens.scalars(), Gens.between(0, 100))
                .checkAssert((mx, vx, my, vy) -> Expect.agrees(
                        () -> "exact(" + mx + ", " + vx + ", " + my + ", " + vy + ")",
                        reference.exact(mx, vx, my, vy), p.exact(mx, vx, my, vy)));
        qt().forAll(Gens.vectors(2, 20, Gens.scalars()), Generate.range(2, 20)).checkAssert((xs, n) -> {
            double[] ys = xs.clone();
            Arrays.sort(ys);
            Expect.agrees(() -> "estimate over x = " + Arrays.toString(xs) + ", y = " + Arrays.toString(ys) + ", " + n
                    + " samples", reference.estimate(new DrawnValues(xs), new DrawnValues(ys), n),
                    p.estimate(new DrawnValues(xs), new DrawnValues(ys), n));
        });
    }

    /**
     * @return the first n draws of a variable, in order: handed to the submission as {@link DrawnValues},
     *     they cross to its JVM in one message instead of one round trip each
     */
    private static double[] draws(RandomVariable v, int n) {
        DoubleSupplier sampler = v.sampler();
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = sampler.getAsDouble();
        }
        return values;
    }

    private static void assertCalls(DrawnValues x, DrawnValues y, int n) {
        Expect.that(x.drawn() == n && y.drawn() == n, () -> "estimate(x, y, " + n + ") drew " + x.drawn()
                + " values of X and " + y.drawn() + " of Y; it must draw exactly " + n
                + " of each, the k-th x with the k-th y");
    }

    /** @return 1/(n-1) sum (z_k - mean z)^2 for z_k = x_k y_k, by commons-math3 (corrected two-pass) */
    private static double sampleVariance(double[] xs, double[] ys) {
        double[] z = new double[xs.length];
        for (int k = 0; k < z.length; k++) {
            z[k] = xs[k] * ys[k];
        }
        return new Variance().evaluate(z);
    }

    /** @return the sample variance of n values cycling through offsets (the 1e8 cancels exactly) */
    private static double exactVarianceOfCycle(double[] offsets, int n) {
        double[] z = new double[n];
        for (int k = 0; k < n; k++) {
            z[k] = offsets[k % offsets.length];
        }
        return new Variance().evaluate(z);
    }
}
