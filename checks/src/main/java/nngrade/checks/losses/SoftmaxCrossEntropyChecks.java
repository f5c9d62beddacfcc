package nngrade.checks.losses;

import static nngrade.checks.api.CheckSettings.qt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Fixtures;
import nngrade.checks.support.Gens;
import nngrade.checks.support.ScaledAgreement;
import nngrade.checks.support.StableMath;
import nngrade.problems.Solutions;
import nngrade.problems.losses.Loss;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * loss.softmax_cross_entropy on logits o: L = -sum_l t_l log s_l(o) = sum_l t_l (lse(o) - o_l)
 * with lse the log-sum-exp; dL/do = s - t for any distribution t (sum_l t_l = 1).
 */
@ProblemId("loss.softmax_cross_entropy")
class SoftmaxCrossEntropyChecks extends LossContract {

    @Override
    protected Loss of(Solutions s) {
        return s.softmaxCrossEntropy();
    }

    @Override
    protected Gen<LossCase> smoothCases() {
        return LossCase.cases(Gens.vectors(1, 6, Gens.between(-5, 5)), Targets::distributions);
    }

    @Override
    protected Gen<LossCase> edgeCases() {
        return LossCase.cases(Gens.vectors(1, 6, Gens.scalars()), Targets::distributions);
    }

    @Override
    protected List<LossCase> extremeCases() {
        return List.of(new LossCase(new double[] {1000, -1000}, new double[] {0, 1}),
                new LossCase(new double[] {-1000, 1000, 0}, new double[] {0.25, 0.25, 0.5}),
                new LossCase(new double[] {1000, 1000}, new double[] {1, 0}),
                new LossCase(new double[] {-1000, -1000, -1000}, new double[] {0, 0, 1}));
    }

    @Override
    protected double scale(LossCase c) {
        // the terms t_l (lse - o_l), with |lse| <= max |o| + log n
        double largest = StableMath.max(c.prediction()) + Math.log(c.prediction().length);
        double s = 0;
        for (int l = 0; l < c.target().length; l++) {
            s += Math.abs(c.target()[l]) * (Math.abs(c.prediction()[l]) + Math.abs(largest) + 1);
        }
        return s;
    }

    @Override
    protected double gradientScale(LossCase c) {
        return 1; // s - t, both in [0, 1]
    }

    /** @return L = sum_l t_l (lse(o) - o_l) */
    private static double expectedValue(LossCase c) {
        double lse = StableMath.logSumExp(c.prediction());
        double sum = 0;
        for (int l = 0; l < c.target().length; l++) {
            sum += c.target()[l] * (lse - c.prediction()[l]);
        }
        return sum;
    }

    /** @return s(o) - t */
    private static double[] expectedGradient(LossCase c) {
        double[] s = StableMath.softmax(c.prediction());
        for (int l = 0; l < s.length; l++) {
            s[l] -= c.target()[l];
        }
        return s;
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void valueIsTheTargetWeightedNegativeLogSoftmax() {
        Loss loss = subject();
        qt().forAll(smoothCases()).checkAssert(c ->
                ScaledAgreement.agrees("-sum_l t_l log s_l(o) at logits o = " + c, expectedValue(c), value(loss, c),
                        scale(c)));
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void gradientIsSoftmaxMinusTarget() {
        Loss loss = subject();
        qt().forAll(smoothCases()).checkAssert(c ->
                ScaledAgreement.agrees("dL/do = s(o) - t at logits o = " + c, expectedGradient(c), gradient(loss, c),
                        gradientScale(c)));
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void exactAtLogitsOfPlusMinusOneThousand() {
        // o = (1000, -1000), t = (0, 1): L = lse - o_2 = 1000 - (-1000) = 2000, dL/do = (1, -1)
        // o = (-1000, -1000, -1000), t one-hot: L = ln 3, dL/do = (1/3 - 1, 1/3, 1/3)
        Loss loss = subject();
        LossCase far = new LossCase(new double[] {1000, -1000}, new double[] {0, 1});
        ScaledAgreement.agrees("L at " + far, 2000, value(loss, far), scale(far));
        ScaledAgreement.agrees("dL/do at " + far, new double[] {1, -1}, gradient(loss, far), 1);
        LossCase tied = new LossCase(new double[] {-1000, -1000, -1000}, new double[] {1, 0, 0});
        ScaledAgreement.agrees("L at " + tied, Math.log(3), value(loss, tied), scale(tied));
        ScaledAgreement.agrees("dL/do at " + tied, new double[] {1.0 / 3 - 1, 1.0 / 3, 1.0 / 3},
                gradient(loss, tied), 1);
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void agreesWithPytorchCrossEntropy() {
        Loss loss = subject();
        JsonNode fixture = Fixtures.load("losses-softmax-cross-entropy");
        for (JsonNode k : fixture.get("cases")) {
            LossCase c = new LossCase(Fixtures.doubles(k.get("o")), Fixtures.doubles(k.get("t")));
            String source = " (" + fixture.get("source").asText() + ") at logits o = " + c;
            ScaledAgreement.agrees("L" + source, k.get("loss").asDouble(), value(loss, c), scale(c));
            ScaledAgreement.agrees("dL/do" + source, Fixtures.doubles(k.get("grad")), gradient(loss, c),
                    gradientScale(c));
        }
    }
}
