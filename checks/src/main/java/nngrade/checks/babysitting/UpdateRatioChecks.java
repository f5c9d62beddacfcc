package nngrade.checks.babysitting;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.List;
import java.util.Random;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Tolerance;
import nngrade.problems.babysitting.TwoLayerParameters;
import nngrade.problems.babysitting.UpdateRatio;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * babysit.update_ratio: ||lr dW|| / ||W|| per layer, exact on generated tensors, the notes' worked
 * example (0.0002 / 0.02 = 0.01), and "somewhere around 0.001" in a healthy run of the checks'
 * network.
 */
@ProblemId("babysit.update_ratio")
class UpdateRatioChecks {

    /**
     * The healthy band: within a factor 10 of the notes' 0.001 (their 0.01 is "about okay"). In the
     * healthy run the ratios stay between 4.0e-4 and 5.2e-3 at the iterations measured (over 2000
     * seeds; see BabysittingSimulationTest), a margin of almost 2 or more on both sides.
     */
    static final double HEALTHY_LOW = 1e-4;
    static final double HEALTHY_HIGH = 1e-2;
    /**
     * Iterations of the healthy run where the ratios are measured: after the first steps, where the
     * output layer's small starting weights (0.01 randn) still make its ratio large.
     */
    static final int[] MEASURED_AT = {200, 250, 300};
    /** Examples per class of the healthy run's spiral. */
    static final int HEALTHY_PER_CLASS = 20;
    /** The notes' "start with small regularization". */
    static final double HEALTHY_REG = 1e-3;
    /** Generated tensors of the exactness check. */
    static final int CASES = 100;

    private static UpdateRatio subject() {
        return Subjects.submission().updateRatio();
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void ratiosAreExactOnGivenTensors() {
        UpdateRatio ratio = subject();
        qt().withExamples(CASES).forAll(Generate.longRange(0, Long.MAX_VALUE)).checkAssert(seed -> {
            Random random = new Random(seed);
            int d = 1 + random.nextInt(5);
            int h = 1 + random.nextInt(8);
            int c = 1 + random.nextInt(5);
            TwoLayerParameters w = spread(d, h, c, random);
            TwoLayerParameters u = spread(d, h, c, random);
            double lr = Math.pow(10, -6 + 6 * random.nextDouble());
            assertRatios("weights of shapes W1 " + h + "x" + d + ", W2 " + c + "x" + h + ", lr = " + lr, ratio, w, u, lr);
        });
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void theNotesExampleGivesOneHundredth() {
        Random random = Seeds.random(100);
        TwoLayerParameters w = Models.gaussian(4, 4, 4, 1, 1, 0, random);
        TwoLayerParameters u = Models.gaussian(4, 4, 4, 1, 1, 0, random);
        setMagnitudes(w, 0.02); // "values ~ 0.02"
        setMagnitudes(u, 0.2); // lr = 1e-3 makes the updates ~ 0.0002
        double[] actual = call(subject(), w, u, 1e-3);
        for (int layer = 0; layer < 2; layer++) {
            Expect.near("the ratio of layer " + (layer + 1) + " with every weight +-0.02 and every update +-0.0002"
                    + " (\"~ 0.0002 / 0.02 = 0.01\")", 0.01, actual[layer], Tolerance.AGREEMENT_REL, 0);
        }
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void aboutOneThousandthOnAHealthyRun() {
        UpdateRatio ratio = subject();
        Examples data = Spiral.generate(HEALTHY_PER_CLASS, SmallSubset.CLASSES, Seeds.random(101));
        List<NotesTraining.Snapshot> run = NotesTraining.snapshots(data, SmallSubset.start(Seeds.random(102)),
                HEALTHY_REG, SmallSubset.LEARNING_RATE, MEASURED_AT);
        for (NotesTraining.Snapshot s : run) {
            String what = "iteration " + s.iteration() + " of a healthy run (learning rate " + SmallSubset.LEARNING_RATE
                    + ", reg " + HEALTHY_REG + ", " + data.size() + " spiral examples)";
            double[] actual = assertRatios(what, ratio, s.weights(), s.gradient(), SmallSubset.LEARNING_RATE);
            for (int layer = 0; layer < 2; layer++) {
                Expect.that(actual[layer] >= HEALTHY_LOW && actual[layer] <= HEALTHY_HIGH, what + ": the ratio of layer "
                        + (layer + 1) + " is " + actual[layer] + ", expected \"somewhere around 0.001\" (between "
                        + HEALTHY_LOW + " and " + HEALTHY_HIGH + ")");
            }
        }
    }

    /** Fails unless the submission's ratios are lr ||dW_l|| / ||W_l|| for both layers; returns them. */
    private static double[] assertRatios(String what, UpdateRatio ratio, TwoLayerParameters w, TwoLayerParameters u,
            double lr) {
        double[] actual = call(ratio, w, u, lr);
        double[] expected = {lr * Math.sqrt(NotesNetwork.squares(u.w1())) / Math.sqrt(NotesNetwork.squares(w.w1())),
            lr * Math.sqrt(NotesNetwork.squares(u.w2())) / Math.sqrt(NotesNetwork.squares(w.w2()))};
        Expect.near(() -> what + ": {||lr dW1|| / ||W1||, ||lr dW2|| / ||W2||}",
                expected, actual, Tolerance.AGREEMENT_REL, 0);
        return actual;
    }

    /** @return the submission's ratios on copies, after checking it left them alone */
    private static double[] call(UpdateRatio ratio, TwoLayerParameters w, TwoLayerParameters u, double lr) {
        TwoLayerParameters wc = Parameters.copy(w);
        TwoLayerParameters uc = Parameters.copy(u);
        double[] r = ratio.ratios(wc, uc, lr);
        Expect.notNull("ratios", r);
        Expect.that(r.length == 2, () -> "ratios returned " + r.length + " values; expected one per layer, W1 then W2");
        Expect.unchanged("weights", Parameters.flatten(w), Parameters.flatten(wc));
        Expect.unchanged("update", Parameters.flatten(u), Parameters.flatten(uc));
        return r;
    }

    /** @return parameters whose entries have magnitudes log-uniform in [1e-3, 1e3] and random signs */
    private static TwoLayerParameters spread(int d, int h, int c, Random random) {
        TwoLayerParameters p = Models.gaussian(d, h, c, 1, 1, 1, random);
        double[] v = Parameters.flatten(p);
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.signum(v[i]) * Math.pow(10, -3 + 6 * random.nextDouble());
        }
        return Parameters.unflatten(v, p);
    }

    /** Sets every weight to +-m, keeping its sign; the biases stay 0. */
    private static void setMagnitudes(TwoLayerParameters p, double m) {
        for (double[][] w : new double[][][] {p.w1(), p.w2()}) {
            for (double[] row : w) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = row[j] < 0 ? -m : m;
                }
            }
        }
    }
}
