package nngrade.checks.regularization;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.Arrays;
import java.util.Random;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.DataGens;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.Inputs;
import nngrade.checks.support.Miss;
import nngrade.checks.support.Raises;
import nngrade.checks.support.VectorPair;
import nngrade.problems.Solutions;
import nngrade.problems.regularization.Dropout;
import nngrade.problems.regularization.DropoutResult;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The checks both dropout variants must pass, written once: the mask drawn as the contract fixes
 * it (unit i kept iff the i-th random.nextDouble() is below p, nothing else drawn), backward
 * through the forward's mask, the documented degenerate cases. A concrete class says how the
 * variant scales at train and at test time and adds the checks that tell the variants apart.
 */
public abstract class DropoutContract {

    /** The false-failure probability of the statistical check, all its comparisons together. */
    static final double FALSE_FAILURE = 1e-6;
    /** Masks drawn per keep probability in the statistical check. */
    static final int DRAWS = 2000;
    /** The fixed seed of the statistical check's generator. */
    static final long STATISTICS_SEED = 0x5eed_d0_0bL;
    /** The input of the statistical check: signs and magnitudes of every kind, no zero. */
    static final double[] X = {-2.5, -1, -0.3, 0.2, 0.7, 1, 1.8, 3};
    /** The keep probabilities of the statistical check. */
    static final double[] KEEP = {0.2, 0.5, 0.8};

    /** @return this problem's dropout with keep probability p, from a submission or the reference */
    protected abstract Dropout of(Solutions solutions, double p);

    /** @return the factor of kept units at train time: 1/p (inverted) or 1 (classic) */
    protected abstract double trainScale(double p);

    /** @return the factor of test time: 1 (inverted) or p (classic) */
    protected abstract double testScale(double p);

    protected final Dropout subject(double p) {
        return of(Subjects.submission(), p);
    }

    /** @return keep probabilities 0.05, 0.1, ..., 1 */
    static Gen<Double> keepProbabilities() {
        // a failure shrinks toward p = 1/2, not toward 1, where keeping and scaling are no-ops
        return DataGens.grid(0.05, 1, 19, 0.5);
    }

    /** @return activations: vectors of 0 to 12 values in [-5, 5], in steps of 1/4 */
    static Gen<double[]> activations() {
        return Gens.vectors(0, 12, DataGens.grid(-5, 5, 40));
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void maskKeepsEachUnitWhoseDrawIsBelowP() {
        qt().forAll(activations(), keepProbabilities(), DataGens.seeds()).checkAssert((x, p, seed) -> {
            Random given = new Random(seed);
            DropoutResult r = subject(p).forwardTrain(x, given);
            Expect.notNull("forwardTrain", r);
            Expect.notNull("the mask", r.kept());
            Random draws = new Random(seed);
            boolean[] expected = new boolean[x.length];
            for (int i = 0; i < x.length; i++) {
                expected[i] = draws.nextDouble() < p;
            }
            Expect.shape("the mask", new double[x.length], new double[r.kept().length]);
            int wrong = 0;
            for (int i = 0; i < x.length; i++) {
                wrong += expected[i] == r.kept()[i] ? 0 : 1;
            }
            Expect.that(wrong == 0, "the mask must keep unit i exactly when the i-th random.nextDouble() is below p = "
                    + p + ": it is wrong " + Miss.share(wrong, x.length, "units") + ": expected "
                    + Arrays.toString(expected) + ", got " + Arrays.toString(r.kept()));
            Expect.that(given.nextLong() == draws.nextLong(),
                    () -> "forwardTrain must draw exactly one nextDouble() per unit "
                    + "(" + x.length + " here) and nothing else from the generator");
        });
    }

    /**
     * The contract's mask keeps unit i iff u_i &lt; p, strictly: a draw equal to p drops the unit.
     * A real generator gives such a draw about once in 2^53 units, so the draws here are scripted
     * ({@link ScriptedRandom}): p itself, values either side of it and the largest double below p.
     */
    @Test
    @Weight(1)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void aDrawEqualToPDropsItsUnit() {
        double[] x = {1.5, -2, 0.25, 3};
        for (double p : new double[] {0.5, 0.75}) {
            double[] draws = {p, p / 2, (1 + p) / 2, Math.nextDown(p)};
            DropoutResult r = subject(p).forwardTrain(x.clone(), new ScriptedRandom(draws));
            Expect.notNull("forwardTrain", r);
            Expect.notNull("the mask", r.kept());
            boolean[] expected = {false, true, false, true};
            Expect.that(Arrays.equals(expected, r.kept()),
                    () -> "with p = " + p + " and the draws " + Arrays.toString(draws)
                    + " the mask must be " + Arrays.toString(expected) + " (kept iff u_i < p: a draw equal to p drops its unit), got "
                    + Arrays.toString(r.kept()));
            Expect.agrees(() -> "train output with p = " + p + " and the mask " + Arrays.toString(expected),
                    new double[] {0, -2 * trainScale(p), 0, 3 * trainScale(p)}, r.output());
        }
    }

    /**
     * The contract's shape rule for backward: a mask of another length than dy is
     * IllegalArgumentException (it belongs to another forward).
     */
    @Test
    @Weight(1)
    void backwardRejectsAMaskOfAnotherLengthThanDy() {
        double[] dy = {0.5, -1, 2};
        Raises.that("backward with dy of length 3 and a mask of length 2", IllegalArgumentException.class,
                () -> subject(0.5).backward(dy.clone(), new boolean[] {true, false}));
        Raises.that("backward with dy of length 3 and a mask of length 4", IllegalArgumentException.class,
                () -> subject(0.5).backward(dy.clone(), new boolean[] {true, false, true, true}));
    }

    @Test
    @Weight(2)
    void backwardUsesTheMaskOfTheForwardPass() {
        qt().forAll(Gens.vectors(1, 10, DataGens.grid(-5, 5, 40)), keepProbabilities(), DataGens.seeds()).checkAssert((x, p, seed) -> {
            double[] dy = new double[x.length];
            Arrays.setAll(dy, i -> 1 + 0.5 * i);
            Dropout d = subject(p);
            GradientCheck.Estimate[] numerical = GradientCheck.vjp(v -> d.forwardTrain(v, new Random(seed)).output(), x, dy);
            DropoutResult first = d.forwardTrain(x, new Random(seed));
            d.forwardTrain(x, new Random(~seed)); // another mask in between: backward must use the one it is given
            double[] dx = d.backward(dy, first.kept());
            GradientCheck.assertMatches("dx = backward(dy, mask of the first forward) against central differences of "
                    + "that forward (same seed, same mask)", dx, numerical);
            for (int i = 0; i < x.length; i++) {
                Expect.that(first.kept()[i] || dx[i] == 0, "unit " + i + " was dropped in the forward pass, so its "
                        + "gradient must be exactly 0, got " + dx[i]);
            }
        });
    }

    @Test
    @Weight(1)
    void keepProbabilityOutsideZeroToOneIsRejectedAndOneKeepsEverything() {
        double[] x = {1.5, -2, 0.25};
        DropoutResult all = subject(1).forwardTrain(x, new Random(7));
        Expect.notNull("forwardTrain with p = 1", all);
        Expect.that(Arrays.equals(new boolean[] {true, true, true}, all.kept()),
                () -> "p = 1 must keep every unit, got the mask "
                + Arrays.toString(all.kept()));
        Expect.agrees("forwardTrain with p = 1", x, all.output());
        for (double p : new double[] {0, -0.5, 1.5, Double.NaN}) {
            Raises.that("dropout with keep probability p = " + p, IllegalArgumentException.class,
                    () -> subject(p).forwardTrain(x, new Random(7)));
        }
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        qt().forAll(activations(), keepProbabilities(), DataGens.seeds()).checkAssert((x, p, seed) -> {
            double[] before = Inputs.copy(x);
            double[] dy = Inputs.filled(x.length, 0.5);
            Dropout d = subject(p);
            DropoutResult r = d.forwardTrain(x, new Random(seed));
            Expect.notNull("forwardTrain", r);
            boolean[] kept = r.kept().clone();
            d.backward(dy, r.kept());
            d.forwardTest(x);
            Expect.unchanged("x", before, x);
            Expect.unchanged("dy", Inputs.filled(x.length, 0.5), dy);
            Expect.that(Arrays.equals(kept, r.kept()), "backward modified the mask it was given");
        });
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        // dy is drawn, not 1: a backward that ignores dy must not pass
        Gen<VectorPair> withUpstream = VectorPair.of("x", activations(), "dy", DataGens.grid(-2, 2, 16));
        qt().forAll(withUpstream, keepProbabilities(), DataGens.seeds()).checkAssert((xy, p, seed) -> {
            double[] x = xy.x();
            Dropout s = subject(p);
            Dropout r = of(Subjects.reference(), p);
            DropoutResult expected = r.forwardTrain(x, new Random(seed));
            DropoutResult actual = s.forwardTrain(x, new Random(seed));
            Expect.notNull("forwardTrain", actual);
            Expect.agrees("train output (same seed)", expected.output(), actual.output());
            Expect.that(Arrays.equals(expected.kept(), actual.kept()), () -> "mask (same seed): expected "
                    + Arrays.toString(expected.kept()) + ", got " + Arrays.toString(actual.kept()));
            double[] dy = xy.y();
            Expect.agrees("backward", r.backward(dy.clone(), expected.kept().clone()),
                    s.backward(dy.clone(), expected.kept().clone()));
            Expect.agrees("test output", r.forwardTest(x), s.forwardTest(x));
        });
    }

    /** Fails unless y_i = kept_i x_i trainScale(p) for the mask the forward returned. */
    protected final void expectTrainOutputScaledBy(String rule) {
        qt().forAll(activations(), keepProbabilities(), DataGens.seeds()).checkAssert((x, p, seed) -> {
            DropoutResult r = subject(p).forwardTrain(x, new Random(seed));
            Expect.notNull("forwardTrain", r);
            Expect.notNull("the mask", r.kept());
            Expect.that(r.kept().length == x.length, "the mask must have one entry per unit");
            double[] expected = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                expected[i] = r.kept()[i] ? x[i] * trainScale(p) : 0;
            }
            Expect.agrees(
                    () -> "train output with your mask " + Arrays.toString(r.kept()) + " and p = " + p + ": " + rule,
                    expected, r.output());
        });
    }

    /** Fails unless forwardTest(x) = testScale(p) x. */
    protected final void expectTestOutputScaledBy(String rule) {
        qt().forAll(activations(), keepProbabilities()).checkAssert((x, p) -> {
            double[] expected = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                expected[i] = testScale(p) * x[i];
            }
            double[] y = subject(p).forwardTest(x);
            Expect.that(y != x, "forwardTest(x) returned x itself, where the contract asks for a new array: a caller"
                    + " that writes into the test output would change its input");
            Expect.agrees(() -> "test output with p = " + p + ": " + rule, expected, y);
        });
    }

    /**
     * The statistical check: for each p of {@link #KEEP}, the mean of the train outputs over
     * {@link #DRAWS} masks must lie near {@code expectedMean}. For a correct layer the mean of unit
     * i is x_i trainScale(p) K_i / M with K_i ~ Binomial(M, p) the number of masks that kept it.
     * The bound accepts every K_i between the alpha and 1 - alpha quantiles of that binomial
     * (commons-math3, exact), alpha = FALSE_FAILURE / (2 * units * probabilities), so a correct
     * layer fails with probability at most FALSE_FAILURE = 1e-6 for a random seed; the seed is
     * fixed, so the result is deterministic.
     *
     * @param expectedMean what the mean must approach for p: x (inverted) or the test output
     *                     (classic)
     */
    protected final void expectMeanTrainOutput(String what, java.util.function.DoubleFunction<double[]> expectedMean) {
        double alpha = FALSE_FAILURE / (2.0 * X.length * KEEP.length);
        for (double p : KEEP) {
            BinomialDistribution kept = new BinomialDistribution(null, DRAWS, p);
            double pm = p * DRAWS;
            double halfWidth = Math.max(pm - kept.inverseCumulativeProbability(alpha),
                    kept.inverseCumulativeProbability(1 - alpha) - pm) / DRAWS;
            double[] mean = meanTrainOutput(subject(p), p);
            double[] expected = expectedMean.apply(p);
            Expect.notNull("the expected mean", expected);
            Expect.finite(what, expected); // it may come from the submission: NaN would match NaN below
            for (int i = 0; i < X.length; i++) {
                double bound = Math.abs(X[i]) * trainScale(p) * halfWidth + 1e-12;
                Expect.near(what + ": the mean train output of unit " + i + " (x = " + X[i] + ") over " + DRAWS
                        + " masks with p = " + p + " (bound from the binomial, false-failure probability 1e-6)",
                        expected[i], mean[i], 0, bound);
            }
        }
    }

    private static double[] meanTrainOutput(Dropout d, double p) {
        Random random = new Random(STATISTICS_SEED);
        double[] sum = new double[X.length];
        for (int m = 0; m < DRAWS; m++) {
            double[] y = d.forwardTrain(X, random).output();
            Expect.shape("train output", X, y);
            for (int i = 0; i < X.length; i++) {
                sum[i] += y[i];
            }
        }
        for (int i = 0; i < X.length; i++) {
            sum[i] /= DRAWS;
        }
        return sum;
    }
}
