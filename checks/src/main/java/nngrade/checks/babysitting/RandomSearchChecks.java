package nngrade.checks.babysitting;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.Arrays;
import java.util.Random;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Lazily;
import nngrade.problems.babysitting.RandomSearch;
import nngrade.problems.babysitting.SearchRange;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/**
 * babysit.random_search: samples log-uniform in their range (a Kolmogorov-Smirnov test on their
 * logarithms, with the Dvoretzky-Kiefer-Wolfowitz bound), drawn from the caller's generator only;
 * and coarse to fine, the range of the best trials, on generated trials and on two stages of a
 * search for the learning rate of real runs of the checks' network.
 */
@ProblemId("babysit.random_search")
class RandomSearchChecks {

    /** False-failure probability of the log-uniformity check, over all its ranges. */
    static final double FALSE_FAILURE = 1e-6;
    /** Samples per range. */
    static final int SAMPLES = 2000;
    /**
     * The ranges sampled: learning rates, the notes' {@code reg = 10 ** uniform(-5, 5)}, and a
     * narrow range where log-uniform and uniform differ least.
     */
    static final double[][] RANGES = {{1e-6, 1e-1}, {1e-5, 1e5}, {0.5, 2}};
    /** The coarse stage of the search: learning rates from too low to exploding. */
    static final SearchRange COARSE = new SearchRange(1e-6, 1e2);
    /** Trials per stage, and how many of the best each narrowing keeps. */
    static final int TRIALS = 12;
    static final int KEEP = 4;
    /** Iterations of each trial run ("only a few epochs to get rough idea"). */
    static final int TRIAL_ITERATIONS = 30;
    /** The least share of its range's log-width the trials of a stage must span. */
    static final double MIN_SPREAD = 0.2;
    /** Generated sets of trials for the narrowing check. */
    static final int TRIAL_SETS = 200;

    private static RandomSearch subject() {
        return Subjects.submission().randomSearch();
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void samplesAreLogUniformInTheirRange() {
        RandomSearch search = subject();
        double delta = FALSE_FAILURE / RANGES.length;
        for (int r = 0; r < RANGES.length; r++) {
            double low = RANGES[r][0];
            double high = RANGES[r][1];
            String what = "sample(" + low + ", " + high + ", " + SAMPLES + ", random)";
            double[] v = search.sample(low, high, SAMPLES, Seeds.random(80 + r));
            Expect.notNull(what, v);
            Expect.that(v.length == SAMPLES, () -> what + " returned " + v.length + " values");
            double[] logs = new double[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                int at = i;
                Lazily.that(v[i] >= low && v[i] <= high, () -> what + ": value " + at + " is " + v[at]
                        + ", outside the range");
                logs[i] = Math.log(v[i]);
            }
            double d = new KolmogorovSmirnovTest(new Well19937c(1)).kolmogorovSmirnovStatistic(
                    new UniformRealDistribution(Math.log(low), Math.log(high)), logs);
            double bound = Math.sqrt(Math.log(2 / delta) / (2.0 * SAMPLES)); // DKW with Massart's constant
            Expect.that(d <= bound,
                    () -> what + ": the logarithms of the samples are at Kolmogorov-Smirnov distance " + d
                    + " from uniform on [ln " + low + ", ln " + high + "]; log-uniform samples stay within " + bound
                    + " except with probability " + delta + " (P(D > eps) <= 2 exp(-2 n eps^2)). Uniform samples"
                    + " of the value itself crowd the top decade: \"it's best to optimize in log space\"");
        }
    }

    @Test
    @Weight(1)
    void drawsFromTheGivenGeneratorOnly() {
        RandomSearch search = subject();
        double[] first = search.sample(1e-4, 1, 50, new Random(7));
        double[] again = search.sample(1e-4, 1, 50, new Random(7));
        double[] other = search.sample(1e-4, 1, 50, new Random(8));
        Expect.notNull("sample", first);
        Expect.that(Arrays.equals(first, again), () -> "sample(1e-4, 1, 50, new Random(7)) twice gave different values:"
                + " draw every random number from the generator you are given");
        Expect.that(!Arrays.equals(first, other), () -> "new Random(7) and new Random(8) gave the same samples: draw"
                + " from the generator you are given, not from one of your own");
        double[] none = search.sample(1e-4, 1, 0, new Random(7));
        Expect.that(none != null && none.length == 0, "sample(1e-4, 1, 0, random) must return an empty array");
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void narrowingKeepsTheRangeOfTheBestTrials() {
        RandomSearch search = subject();
        qt().withExamples(TRIAL_SETS).forAll(Trials.generated()).checkAssert(t -> {
            double[] values = t.values().clone();
            double[] scores = t.scores().clone();
            SearchRange actual = search.narrow(values, scores, t.keep());
            Expect.unchanged("values", t.values(), values);
            Expect.unchanged("scores", t.scores(), scores);
            assertRange(t + ": the range of the " + t.keep() + " best", TopTrials.range(t.values(), t.scores(),
                    t.keep()), actual);
        });
    }

    /**
     * Java's sort of 32 or more objects (TimSort) merges runs and asks a comparator both whether
     * one trial goes before another and whether it goes after it; a smaller sort asks only the
     * first. So a ranking that answers "equal" where it should answer "after" (for a lower score,
     * or for a NaN) passes every small case and misorders here. 64 trials in two halves of
     * different scores (trial i has the value 1 + i): a lower half, the same with a NaN whose
     * trial has the value 100, and equal scores on both sides of a higher block; each range against
     * the checks' own selection ({@link TopTrials}).
     */
    @Test
    @Weight(1)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void narrowingRanksSixtyFourTrialsAsTheRuleSays() {
        RandomSearch search = subject();
        double[] values = new double[64];
        Arrays.setAll(values, i -> 1 + i);
        double[] withNan = values.clone();
        withNan[5] = 100;
        double[] lowerHalf = blocks(0.1, 0.9, 0.9);
        double[] nanInLowerHalf = lowerHalf.clone();
        nanInLowerHalf[5] = Double.NaN;
        rankSixtyFour(search, "trials 0-31 scoring 0.1, trials 32-63 0.9", values, lowerHalf);
        rankSixtyFour(search, "trials 0-31 scoring 0.1 but trial 5 NaN (value 100), trials 32-63 0.9", withNan, nanInLowerHalf);
        rankSixtyFour(search, "trials 0-31 and 40-63 scoring 0.5, trials 32-39 0.9", values, blocks(0.5, 0.9, 0.5));
    }

    private static void rankSixtyFour(RandomSearch search, String what, double[] values, double[] scores) {
        for (int keep : new int[] {1, 9, 33, 48}) {
            assertRange("narrow(values 1 + i, " + what + ", keep = " + keep + "): the range of the best",
                    TopTrials.range(values, scores, keep), search.narrow(values.clone(), scores.clone(), keep));
        }
    }

    /** @return 64 scores: a for trials 0-31, b for 32-39, c for 40-63 */
    private static double[] blocks(double a, double b, double c) {
        double[] s = new double[64];
        Arrays.setAll(s, i -> i < 32 ? a : i < 40 ? b : c);
        return s;
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void coarseToFineNarrowsAroundTheBestRatesOfRealRuns() {
        RandomSearch search = subject();
        Examples data = SmallSubset.spiral(Seeds.random(92)).first(SmallSubset.EXAMPLES);
        SearchRange range = COARSE;
        for (int stage = 1; stage <= 2; stage++) {
            String what = "stage " + stage + ": sample(" + range.low() + ", " + range.high() + ", " + TRIALS
                    + ", random)";
            double[] rates = search.sample(range.low(), range.high(), TRIALS, Seeds.random(90 + stage));
            Expect.notNull(what, rates);
            Expect.that(rates.length == TRIALS, () -> what + " returned " + rates.length + " values");
            requireSpread(what, rates, range);
            double[] scores = new double[TRIALS];
            for (int i = 0; i < TRIALS; i++) {
                double rate = rates[i];
                SearchRange r = range;
                Lazily.that(rate >= r.low() && rate <= r.high(), () -> what + ": rate " + rate + " is outside the range");
                scores[i] = score(data, rates[i]);
            }
            SearchRange next = search.narrow(rates.clone(), scores.clone(), KEEP);
            String trials = "trials (rate: score, minus the loss after " + TRIAL_ITERATIONS + " iterations, NaN if the"
                    + " run broke out) " + Trials.show(rates, scores);
            assertRange("stage " + stage + ", the range of the " + KEEP + " best of the " + trials,
                    TopTrials.range(rates, scores, KEEP), next);
            Expect.that(next.low() >= range.low() && next.high() <= range.high(), "stage " + stage + ": the new range ["
                    + next.low() + ", " + next.high() + "] is not inside [" + range.low() + ", " + range.high() + "]");
            range = next;
        }
    }

    /**
     * Fails unless the trials explore their range: the logs of the largest and smallest rate are at
     * least {@value #MIN_SPREAD} of the range's log-width apart. For n log-uniform samples the
     * spread of their logs falls below a fraction r of the width with probability
     * n r^(n-1) - (n-1) r^n, 2.0e-7 for n = 12 and r = 0.2: at most 4e-7 over the two stages.
     */
    private static void requireSpread(String what, double[] rates, SearchRange range) {
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (double r : rates) {
            lowest = Math.min(lowest, r);
            highest = Math.max(highest, r);
        }
        double spread = Math.log(highest / lowest) / Math.log(range.high() / range.low());
        Expect.that(spread >= MIN_SPREAD, () -> what + ": the rates " + Arrays.toString(rates) + " span " + spread
                + " of the range's width in log space; " + TRIALS + " log-uniform samples span at least " + MIN_SPREAD
                + " of it except with probability 2e-7: the trials must explore the range");
    }

    /** @return minus the loss after a short run of the checks' network at this rate, NaN if it blew up */
    private static double score(Examples data, double lr) {
        double[] curve = NotesTraining.curve(data, SmallSubset.start(Seeds.random(93)), 0, lr, TRIAL_ITERATIONS);
        return curve.length < TRIAL_ITERATIONS ? Double.NaN : -curve[curve.length - 1];
    }

    private static void assertRange(String what, SearchRange expected, SearchRange actual) {
        Expect.notNull(what, actual);
        Expect.that(actual.low() == expected.low() && actual.high() == expected.high(),
                () -> what + " is [" + expected.low()
                + ", " + expected.high() + "], got [" + actual.low() + ", " + actual.high() + "]");
    }
}
