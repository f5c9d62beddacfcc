package nngrade.checks.babysitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nngrade.checks.api.CheckSettings;
import nngrade.problems.babysitting.LearningRateVerdict;
import nngrade.problems.babysitting.LossWithGradients;
import nngrade.problems.babysitting.TwoLayerParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The experiment behind the numbers the section's checks state (the overfitting budget, the
 * healthy band of the update ratio, the verdicts of the real runs): the checks' own scenarios, run
 * with the checks' network under many seeds. The first test holds them on a few seeds on every
 * build; the second prints their distribution over many and runs on request:
 *
 * <pre>
 *   mvn -pl checks -am test -Dtest=BabysittingSimulationTest -Dsurefire.failIfNoSpecifiedTests=false \
 *       -DargLine="-Dnngrade.simulate.seeds=3000"
 * </pre>
 */
class BabysittingSimulationTest {

    /** What one seed's scenarios measure. */
    record Measures(int iterationsToFit, String decreasing, double[] curveShape, double lossDeviation, double lossBound,
            double[] ratioRange, List<LearningRateVerdict> verdicts, int[] explosionLengths, double[] spreads) {
    }

    /** The verdicts the checks' real runs stand for: the notes' too low, fine, too high. */
    static final List<LearningRateVerdict> INTENDED = List.of(LearningRateVerdict.TOO_LOW,
            LearningRateVerdict.TOO_LOW, LearningRateVerdict.FINE, LearningRateVerdict.FINE,
            LearningRateVerdict.TOO_HIGH, LearningRateVerdict.TOO_HIGH, LearningRateVerdict.TOO_HIGH);

    @Test
    void theScenariosMeanWhatTheChecksSayOnAFewSeeds() {
        for (long seed : new long[] {CheckSettings.DEFAULT_SEED, 1, 2, 3, 4}) {
            Measures m = measure(seed);
            assertTrue(m.iterationsToFit() <= OverfitSmallChecks.BUDGET, "seed " + seed + ": " + m.iterationsToFit());
            assertNull(m.decreasing(), "seed " + seed);
            assertTrue(m.lossDeviation() <= m.lossBound(), "seed " + seed);
            assertTrue(m.ratioRange()[0] >= UpdateRatioChecks.HEALTHY_LOW
                    && m.ratioRange()[1] <= UpdateRatioChecks.HEALTHY_HIGH, "seed " + seed + ": "
                    + Arrays.toString(m.ratioRange()));
            assertEquals(INTENDED, m.verdicts(), "seed " + seed);
            assertTrue(Arrays.stream(m.explosionLengths()).allMatch(n -> n == 2), "seed " + seed + ": the exploding"
                    + " rates stop at the second loss " + Arrays.toString(m.explosionLengths()));
            assertTrue(Arrays.stream(m.spreads()).allMatch(s -> s >= RandomSearchChecks.MIN_SPREAD), "seed " + seed);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "nngrade.simulate.seeds", matches = "[0-9]+")
    void printTheDistributionOfEveryMeasure() {
        int seeds = Integer.getInteger("nngrade.simulate.seeds");
        Map<String, List<Double>> m = new LinkedHashMap<>();
        int wrongVerdicts = 0;
        int notDecreasing = 0;
        for (int s = 0; s < seeds; s++) {
            Measures x = measure(1000 + s);
            add(m, "iterations to training accuracy 1.00", x.iterationsToFit());
            add(m, "highest loss / initial loss (overfit)", x.curveShape()[0]);
            add(m, "largest end / start of a tenth (overfit)", x.curveShape()[1]);
            add(m, "last loss / initial loss (overfit)", x.curveShape()[2]);
            add(m, "|L - ln C| / bound", x.lossDeviation() / x.lossBound());
            add(m, "smallest update ratio", x.ratioRange()[0]);
            add(m, "largest update ratio", x.ratioRange()[1]);
            add(m, "longest exploding curve", Arrays.stream(x.explosionLengths()).max().orElse(0));
            add(m, "smallest spread of a search stage", Arrays.stream(x.spreads()).min().orElse(0));
            wrongVerdicts += x.verdicts().equals(INTENDED) ? 0 : 1;
            notDecreasing += x.decreasing() == null ? 0 : 1;
        }
        System.out.println("over " + seeds + " seeds: " + wrongVerdicts + " with a real run read otherwise than intended, "
                + notDecreasing + " with an overfitting curve not essentially decreasing");
        m.forEach((name, v) -> {
            double[] sorted = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("%-40s min %.4g  median %.4g  p99 %.4g  max %.4g%n", name, sorted[0],
                    sorted[sorted.length / 2], sorted[(int) (0.99 * (sorted.length - 1))], sorted[sorted.length - 1]);
        });
    }

    /** Runs every scenario of the checks under one run seed, with the checks' network only. */
    static Measures measure(long seed) {
        long previous = CheckSettings.seed();
        try {
            CheckSettings.seed(seed);
            return new Measures(iterationsToFit(), LossCurve.whyNotDecreasing(overfitCurve()),
                    shape(overfitCurve()), initialLossDeviation(),
                    InitialLossBound.of(InitialLossChecks.SMALL_STD, InitialLossChecks.SMALL_STD,
                            InitialLossChecks.HIDDEN, 3, 300, 1, InitialLossChecks.FALSE_FAILURE / 2),
                    ratioRange(), verdicts(), explosionLengths(), spreads());
        } finally {
            CheckSettings.seed(previous);
        }
    }

    /** @return the first iteration whose parameters classify the 20 examples of the overfit check all right */
    private static int iterationsToFit() {
        NotesNetwork net = new NotesNetwork();
        Examples data = SmallSubset.spiral(Seeds.random(50)).first(SmallSubset.EXAMPLES);
        TwoLayerParameters theta = SmallSubset.start(Seeds.random(51));
        for (int k = 0; k < 10 * OverfitSmallChecks.BUDGET; k++) {
            if (net.accuracy(theta, data) == 1) {
                return k;
            }
            LossWithGradients lg = net.loss(theta, data.x(), data.y(), 0);
            theta = NotesTraining.step(theta, lg.gradients(), SmallSubset.LEARNING_RATE);
        }
        return Integer.MAX_VALUE;
    }

    /** @return the curve of the overfit check's run, with the checks' network */
    private static double[] overfitCurve() {
        Examples data = SmallSubset.spiral(Seeds.random(50)).first(SmallSubset.EXAMPLES);
        return NotesTraining.curve(data, SmallSubset.start(Seeds.random(51)), 0, SmallSubset.LEARNING_RATE,
                OverfitSmallChecks.BUDGET);
    }

    /** @return {max_k L_k / L_0, the largest end-to-start ratio of a tenth, L_last / L_0} */
    private static double[] shape(double[] c) {
        double highest = 0;
        for (double v : c) {
            highest = Math.max(highest, v / c[0]);
        }
        double tenth = 0;
        for (int j = 0; j < LossCurve.TENTHS; j++) {
            tenth = Math.max(tenth, c[(j + 1) * c.length / LossCurve.TENTHS - 1] / c[j * c.length / LossCurve.TENTHS]);
        }
        return new double[] {highest, tenth, c[c.length - 1] / c[0]};
    }

    /** @return |L - ln 3| of the initial-loss check's first case, with the checks' network */
    private static double initialLossDeviation() {
        Examples data = Spiral.generate(100, 3, Seeds.random(10));
        TwoLayerParameters model = Models.gaussian(2, InitialLossChecks.HIDDEN, 3, InitialLossChecks.SMALL_STD,
                InitialLossChecks.SMALL_STD, 0, Seeds.random(20));
        return Math.abs(new NotesNetwork().loss(model, data.x(), data.y(), 0).loss() - Math.log(3));
    }

    /** @return {smallest, largest} update ratio of the healthy run at the iterations the check measures */
    private static double[] ratioRange() {
        Examples data = Spiral.generate(UpdateRatioChecks.HEALTHY_PER_CLASS, SmallSubset.CLASSES, Seeds.random(101));
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (NotesTraining.Snapshot s : NotesTraining.snapshots(data, SmallSubset.start(Seeds.random(102)),
                UpdateRatioChecks.HEALTHY_REG, SmallSubset.LEARNING_RATE, UpdateRatioChecks.MEASURED_AT)) {
            for (double[][][] layer : new double[][][][] {{s.weights().w1(), s.gradient().w1()},
                {s.weights().w2(), s.gradient().w2()}}) {
                double r = SmallSubset.LEARNING_RATE * Math.sqrt(NotesNetwork.squares(layer[1]))
                        / Math.sqrt(NotesNetwork.squares(layer[0]));
                lo = Math.min(lo, r);
                hi = Math.max(hi, r);
            }
        }
        return new double[] {lo, hi};
    }

    /** @return the verdicts of the diagnosis check's real runs, steady rates then exploding ones */
    private static List<LearningRateVerdict> verdicts() {
        List<LearningRateVerdict> v = new ArrayList<>();
        for (double lr : rates()) {
            v.add(NotesRule.verdict(trialCurve(lr), LearningRateDiagnosisChecks.TOLERANCE));
        }
        return v;
    }

    /** @return the lengths of the exploding runs' curves */
    private static int[] explosionLengths() {
        return Arrays.stream(LearningRateDiagnosisChecks.EXPLODING).mapToInt(lr -> trialCurve(lr).length).toArray();
    }

    private static double[] trialCurve(double lr) {
        Examples data = Spiral.generate(LearningRateDiagnosisChecks.TRIAL_PER_CLASS, SmallSubset.CLASSES,
                Seeds.random(70));
        return NotesTraining.curve(data, SmallSubset.start(Seeds.random(71)), 0, lr,
                LearningRateDiagnosisChecks.TRIAL_ITERATIONS);
    }

    private static double[] rates() {
        double[] steady = LearningRateDiagnosisChecks.STEADY;
        double[] exploding = LearningRateDiagnosisChecks.EXPLODING;
        double[] all = Arrays.copyOf(steady, steady.length + exploding.length);
        System.arraycopy(exploding, 0, all, steady.length, exploding.length);
        return all;
    }

    /** @return the log-spread of the reference sampler's first stage in the coarse-to-fine check */
    private static double[] spreads() {
        double[] rates = new nngrade.reference.babysitting.LogUniformSearch().sample(RandomSearchChecks.COARSE.low(),
                RandomSearchChecks.COARSE.high(), RandomSearchChecks.TRIALS, Seeds.random(91));
        double lo = Arrays.stream(rates).min().orElseThrow();
        double hi = Arrays.stream(rates).max().orElseThrow();
        return new double[] {Math.log(hi / lo) / Math.log(RandomSearchChecks.COARSE.high() / RandomSearchChecks.COARSE.low())};
    }

    private static void add(Map<String, List<Double>> m, String name, double v) {
        m.computeIfAbsent(name, k -> new ArrayList<>()).add(v);
    }
}
