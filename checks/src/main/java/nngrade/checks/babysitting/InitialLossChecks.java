package nngrade.checks.babysitting;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Differences;
import nngrade.checks.support.Expect;
import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.ScaledAgreement;
import nngrade.checks.support.Tolerance;
import nngrade.problems.babysitting.LossWithGradients;
import nngrade.problems.babysitting.TwoLayerNet;
import nngrade.problems.babysitting.TwoLayerParameters;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * babysit.initial_loss: the two-layer classifier and the notes' first sanity checks on it. With
 * small random weights and reg = 0 the loss is about ln C ("loss ~2.3, correct for 10 classes");
 * cranking up regularization raises it. Beyond the notes: the gradient of every parameter against
 * central differences of the submission's own loss, the loss as the mean cross-entropy of its own
 * scores, and agreement with the reference.
 */
@ProblemId("babysit.initial_loss")
class InitialLossChecks {

    /** The notes' small random weights, w = 0.01 randn (init.small_random). */
    static final double SMALL_STD = 0.01;
    /** The notes' "one hidden layer of 50 neurons". */
    static final int HIDDEN = 50;
    /** False-failure probability of the initial-loss check, over all its cases. */
    static final double FALSE_FAILURE = 1e-6;
    /** The spirals of the initial-loss check: {examples per class, classes}. */
    static final List<int[]> SPIRALS = List.of(new int[] {100, 3}, new int[] {30, 10});
    /** The regularization strengths of the regularization check, up to the notes' 1e3. */
    static final double[] REGS = {1e-3, 1, 1e3};
    /** Output biases whose exponentials overflow: the loss must still be finite. */
    static final double[] LARGE_SCORES = {1000, -1000, 999, 1001};
    /** Generated networks per gradient or agreement check: each costs 2 calls per parameter. */
    static final int NETWORKS = 10;

    private static TwoLayerNet subject() {
        return Subjects.submission().twoLayerNet();
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void initialLossIsNearLnCWithSmallWeightsAndNoRegularization() {
        TwoLayerNet net = subject();
        for (int c = 0; c < SPIRALS.size(); c++) {
            int classes = SPIRALS.get(c)[1];
            Examples data = Spiral.generate(SPIRALS.get(c)[0], classes, Seeds.random(10 + c));
            TwoLayerParameters model = Models.gaussian(2, HIDDEN, classes, SMALL_STD, SMALL_STD, 0,
                    Seeds.random(20 + c));
            double loss = Calls.loss(net, model, data, 0).loss();
            double delta = FALSE_FAILURE / SPIRALS.size();
            double bound = InitialLossBound.of(SMALL_STD, SMALL_STD, HIDDEN, classes, data.size(),
                    data.largestNorm(), delta);
            double lnC = Math.log(classes);
            Expect.that(Math.abs(loss - lnC) <= bound + Tolerance.AGREEMENT_ABS, () -> "with W1, W2 = 0.01 randn, b = 0"
                    + " and reg = 0, the loss on " + data.size() + " spiral examples of " + classes + " classes is "
                    + loss + "; expected ln " + classes + " = " + lnC + " within " + bound + " (a correct network"
                    + " lands there except with probability " + delta + "). The scores are all near 0, so the"
                    + " softmax is near uniform: each example costs about ln C. (N ln C = " + data.size() * lnC
                    + " would be a sum over the examples instead of their mean.)");
        }
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void crankingUpRegularizationRaisesTheLossByRegTimesTheSquaredWeights() {
        TwoLayerNet net = subject();
        Examples data = Spiral.generate(100, 3, Seeds.random(30));
        TwoLayerParameters model = Models.gaussian(2, HIDDEN, 3, SMALL_STD, SMALL_STD, SMALL_STD, Seeds.random(31));
        double squares = NotesNetwork.squares(model.w1()) + NotesNetwork.squares(model.w2());
        double previous = Calls.loss(net, model, data, 0).loss();
        Expect.finite("the loss at reg = 0", previous);
        double atZero = previous;
        for (double reg : REGS) {
            double loss = Calls.loss(net, model, data, reg).loss();
            Expect.that(loss > previous, "raising reg to " + reg + " should raise the loss (\"loss went up,"
                    + " good\"), but it went from " + previous + " to " + loss);
            double expected = reg * squares;
            Expect.near(() -> "loss(reg = " + reg + ") - loss(reg = 0), which must be reg (||W1||^2 + ||W2||^2) with"
                    + " ||W1||^2 + ||W2||^2 = " + squares + " (the biases are not regularized)", expected,
                    loss - atZero, Tolerance.AGREEMENT_REL, 4 * Math.ulp(loss));
            previous = loss;
        }
    }

    @Test
    @Weight(3)
    void gradientsOfEveryParameterMatchCentralDifferencesOfTheLoss() {
        TwoLayerNet net = subject();
        qt().withExamples(NETWORKS).forAll(Generate.longRange(0, Long.MAX_VALUE)).checkAssert(seed -> {
            NetworkCase c = NetworkCase.draw(new Random(seed));
            LossWithGradients lg = Calls.loss(net, c.model(), c.data(), c.reg());
            Parameters.requireShape("the gradients of " + c, c.model(), lg.gradients());
            double[] analytic = Parameters.flatten(lg.gradients());
            double[] at = Parameters.flatten(c.model());
            GradientCheck.Estimate[] numeric = Differences.gradient(v -> Calls.loss(net,
                    Parameters.unflatten(v, c.model()), c.data(), c.reg()).loss(), at, c.scale());
            requireLossMovesWithTheOutputLayer(c, numeric);
            for (int i = 0; i < at.length; i++) {
                int p = i;
                GradientCheck.assertMatches(() -> "dL/d" + Parameters.name(c.model(), p) + " of " + c, analytic[i],
                        numeric[i]);
            }
        });
    }

    @Test
    @Weight(2)
    void lossIsTheMeanCrossEntropyOfItsOwnScores() {
        TwoLayerNet net = subject();
        Random random = Seeds.random(40);
        Examples data = Spiral.generate(10, 4, random);
        TwoLayerParameters model = Models.gaussian(2, 5, 4, 1, 0, 0, random); // W2 = 0: every example scores b2
        for (double[] b2 : new double[][] {{0.5, -1.5, 2, 0}, LARGE_SCORES}) {
            System.arraycopy(b2, 0, model.b2(), 0, b2.length);
            double[][] s = Calls.scores(net, model, data);
            for (int i = 0; i < s.length; i++) {
                Expect.agrees("scores[" + i + "] with W2 = 0, which must be b2", model.b2(), s[i]);
            }
            Expect.near(
                    () -> "the loss with W2 = 0 and b2 = " + Arrays.toString(b2) + ", (1/N) sum_i [log sum_k exp(b2_k)"
                    + " - b2_{y_i}] (subtract the largest score before exponentiating: e^1000 overflows)",
                    meanCrossEntropy(s, data.y(), 4), Calls.loss(net, model, data, 0).loss(), Tolerance.AGREEMENT_REL,
                    ScaledAgreement.floor(1000));
        }
        qt().withExamples(NETWORKS).forAll(Generate.longRange(0, Long.MAX_VALUE)).checkAssert(seed -> {
            NetworkCase c = NetworkCase.draw(new Random(seed));
            double[][] s = Calls.scores(net, c.model(), c.data());
            double expected = meanCrossEntropy(s, c.data().y(), c.model().b2().length)
                    + c.reg() * (NotesNetwork.squares(c.model().w1()) + NotesNetwork.squares(c.model().w2()));
            Expect.near(() -> "the loss of " + c + ", against (1/N) sum_i [log sum_k exp(s_ik) - s_{i,y_i}]"
                    + " + reg (||W1||^2 + ||W2||^2) from your own scores s", expected,
                    Calls.loss(net, c.model(), c.data(), c.reg()).loss(), Tolerance.AGREEMENT_REL,
                    ScaledAgreement.floor(c.scale()));
        });
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReferenceOnGeneratedNetworks() {
        TwoLayerNet net = subject();
        TwoLayerNet reference = Subjects.reference().twoLayerNet();
        qt().withExamples(NETWORKS).forAll(Generate.longRange(0, Long.MAX_VALUE)).checkAssert(seed -> {
            NetworkCase c = NetworkCase.draw(new Random(seed));
            double scale = c.scale();
            double[][] expectedScores = Calls.scores(reference, c.model(), c.data());
            ScaledAgreement.agrees("scores of " + c, expectedScores, Calls.scores(net, c.model(), c.data()), scale);
            LossWithGradients expected = Calls.loss(reference, c.model(), c.data(), c.reg());
            LossWithGradients actual = Calls.loss(net, c.model(), c.data(), c.reg());
            ScaledAgreement.agrees("loss of " + c, expected.loss(), actual.loss(), scale);
            Parameters.requireShape("the gradients of " + c, c.model(), actual.gradients());
            double[] e = Parameters.flatten(expected.gradients());
            double[] a = Parameters.flatten(actual.gradients());
            for (int i = 0; i < e.length; i++) {
                ScaledAgreement.agrees("dL/d" + Parameters.name(c.model(), i) + " of " + c, e[i], a[i], scale);
            }
        });
    }

    /**
     * A loss that does not move when the output layer moves is no loss of this network (a constant
     * has gradient 0 and would match its own central differences).
     */
    private static void requireLossMovesWithTheOutputLayer(NetworkCase c, GradientCheck.Estimate[] numeric) {
        int outputStart = numeric.length - c.model().b2().length - c.model().w2().length * c.model().b1().length;
        for (int i = outputStart; i < numeric.length; i++) {
            if (Math.abs(numeric[i].value()) > 1e-6) {
                return;
            }
        }
        throw new AssertionError("the loss of " + c + " does not change when W2 or b2 change (central differences"
                + " all below 1e-6): it must depend on the scores s = W2 h + b2");
    }

    /** @return (1/N) sum_i [log sum_k exp(s_ik) - s_{i,y_i}], after checking that s is N by C */
    private static double meanCrossEntropy(double[][] s, int[] y, int classes) {
        Expect.that(s.length == y.length, () -> "scores returned " + s.length + " rows for " + y.length + " examples");
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            Expect.notNull("scores[" + i + "]", s[i]);
            Expect.that(s[i].length == classes, "scores[" + i + "] has " + s[i].length + " entries; expected one per"
                    + " class, " + classes);
            sum += NotesNetwork.logSumExp(s[i]) - s[i][y[i]];
        }
        return sum / s.length;
    }
}
