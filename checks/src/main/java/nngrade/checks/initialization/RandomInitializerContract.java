package nngrade.checks.initialization;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Miss;
import nngrade.problems.Solutions;
import nngrade.problems.initialization.Initializer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The statistical checks of a random initializer. Each check spends a false-failure probability of
 * at most {@link #FALSE_FAILURE} (a correct submission fails it at most that often), split evenly
 * over the samples it tests; the seeds are fixed, so a run is deterministic.
 */
public abstract class RandomInitializerContract extends InitializerContract {

    /** False-failure probability of one statistical check, over all the samples it tests. */
    static final double FALSE_FAILURE = 1e-6;
    /** Generated configurations compared with the reference. */
    static final int REFERENCE_EXAMPLES = 12;

    /** @return the configurations the public statistical checks test, each with its law */
    protected abstract List<InitCase> cases();

    /** @return generated configurations (hyperparameters and shape) to compare with the reference */
    protected abstract Gen<Setup> setups();

    /**
     * Fails unless two samples of n and m weights plausibly come from the same law; may spend a
     * false-failure probability of delta.
     */
    protected abstract void assertSameLaw(String what, double[] submission, double[] reference, double delta);

    @Override
    protected Initializer of(Solutions solutions) {
        return cases().get(0).setup().factory().apply(solutions);
    }

    /**
     * Weights a sample pools at least, drawing a small shape again and again from one generator:
     * a case of fans 1 to 3 tests the fan arithmetic where its slips are large (N(0, 1/(fan_in + 1))
     * at fan_in = 1 halves the variance), and one small matrix holds too few weights to see it.
     */
    static final int POOLED_WEIGHTS = 3000;

    /**
     * @return the weights of one case, drawn from the submission with a seed of this check: one
     *     matrix, or as many matrices of a small shape as make {@link #POOLED_WEIGHTS}, all from
     *     the same generator (independent draws of the same law)
     */
    protected final double[] sample(InitCase c, long salt) {
        Setup s = c.setup();
        Initializer init = s.factory().apply(Subjects.submission());
        Random random = Seeds.random(salt);
        int size = s.fanOut() * s.fanIn();
        int draws = Math.max(1, (POOLED_WEIGHTS + size - 1) / size);
        double[] pooled = new double[draws * size];
        for (int d = 0; d < draws; d++) {
            double[] w = Weights.drawFlat(s.toString(), init, s.fanOut(), s.fanIn(), random);
            System.arraycopy(w, 0, pooled, d * size, size);
        }
        return pooled;
    }

    /** @return the false-failure probability each of the cases may spend */
    protected final double deltaPerCase() {
        return FALSE_FAILURE / cases().size();
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void sampleVarianceMatchesTheTheoreticalVariance() {
        List<InitCase> cases = cases();
        for (int k = 0; k < cases.size(); k++) {
            InitCase c = cases.get(k);
            double[] w = sample(c, 100 + k);
            double m2 = Samples.secondMoment(w);
            double[] interval = c.law().secondMomentInterval(w.length, deltaPerCase());
            Expect.that(m2 >= interval[0] && m2 <= interval[1], () -> c.setup() + ": the " + w.length
                    + " weights have variance (1/n) sum w^2 = " + m2 + " (std " + Math.sqrt(m2) + "), expected "
                    + c.law().variance() + " (" + c.source() + ": " + c.law() + "): "
                    + Miss.by(c.law().variance(), m2, 0) + "; a correct initializer lands in ["
                    + interval[0] + ", " + interval[1] + "] except with probability " + deltaPerCase());
        }
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void weightsFollowTheRightDistribution() {
        List<InitCase> cases = cases();
        for (int k = 0; k < cases.size(); k++) {
            InitCase c = cases.get(k);
            double[] w = sample(c, 200 + k);
            Samples.Gap gap = Samples.largestGap(c.law().distribution(), w);
            double bound = Samples.ksBound(w.length, deltaPerCase());
            Expect.that(gap.distance() <= bound, () -> c.setup() + ": a share " + gap.sample() + " of the " + w.length
                    + " weights lies below w = " + gap.at() + ", where " + c.law() + " (" + c.source() + ") puts "
                    + gap.law() + ": " + Miss.by(gap.law(), gap.sample(), 0) + "; a correct initializer stays within "
                    + bound + " of the law everywhere (Kolmogorov-Smirnov) except with probability " + deltaPerCase()
                    + " (wrong scale? uniform where normal is asked, or the reverse?)");
        }
    }

    @Test
    @Weight(1)
    void anotherSeedGivesOtherWeights() {
        Initializer init = subject();
        double[][] first = Weights.draw("initialize(8, 8, new Random(1))", init, 8, 8, new Random(1));
        double[][] second = Weights.draw("initialize(8, 8, new Random(2))", init, 8, 8, new Random(2));
        // Two independent draws of 64 continuous weights coincide with probability 0.
        int same = 0;
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                same += first[i][j] == second[i][j] ? 1 : 0;
            }
        }
        Expect.that(!Arrays.deepEquals(first, second), "new Random(1) and new Random(2) gave the same weight "
                + Miss.share(same, 64, "entries") + ": draw from the generator you are given, not from one of your"
                + " own with a fixed seed");
    }

    @Test
    @Weight(2)
    @NeedsReference
    void sameDistributionAsTheReferenceForGeneratedHyperparameters() {
        double delta = FALSE_FAILURE / REFERENCE_EXAMPLES;
        qt().withExamples(REFERENCE_EXAMPLES).forAll(setups()).checkAssert(s -> {
            double[] mine = Weights.drawFlat(s.toString(), s.factory().apply(Subjects.submission()), s.fanOut(),
                    s.fanIn(), Seeds.random(300));
            double[] theirs = Weights.drawFlat(s.toString(), s.factory().apply(Subjects.reference()), s.fanOut(),
                    s.fanIn(), Seeds.random(301));
            assertSameLaw(s.toString(), mine, theirs, delta);
        });
    }
}
