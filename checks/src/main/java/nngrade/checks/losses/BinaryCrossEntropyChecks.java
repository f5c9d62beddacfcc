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
 * loss.binary_cross_entropy on logits z with targets y in [0, 1]: per element
 * -[y log sigma(z) + (1 - y) log(1 - sigma(z))] = max(z, 0) - z y + log(1 + e^-|z|), summed;
 * dL/dz = sigma(z) - y. The stable form is required: no infinity or NaN at |z| = 1000.
 */
@ProblemId("loss.binary_cross_entropy")
class BinaryCrossEntropyChecks extends LossContract {

    /** Ordinary logits: up to where sigma(z) rounds to 1 in float64 (about 37), not beyond. */
    private static final double ORDINARY_LOGIT = 30;

    @Override
    protected Loss of(Solutions s) {
        return s.binaryCrossEntropy();
    }

    @Override
    protected Gen<LossCase> smoothCases() {
        return LossCase.cases(Gens.vectors(1, 6, Gens.between(-ORDINARY_LOGIT, ORDINARY_LOGIT)), Targets::unitInterval);
    }

    @Override
    protected Gen<LossCase> edgeCases() {
        return LossCase.cases(Gens.vectors(1, 6, Gens.scalars()), Targets::unitInterval);
    }

    @Override
    protected List<LossCase> extremeCases() {
        return List.of(new LossCase(new double[] {1000, -1000}, new double[] {0, 1}),
                new LossCase(new double[] {1000, -1000}, new double[] {1, 0}),
                new LossCase(new double[] {-1000, 1000, 0}, new double[] {0.5, 0.5, 0.5}));
    }

    @Override
    protected double scale(LossCase c) {
        // the terms max(z, 0), z y and log(1 + e^-|z|) <= log 2 of every element
        double s = 0;
        for (double z : c.prediction()) {
            s += 2 * Math.abs(z) + 1;
        }
        return s;
    }

    @Override
    protected double gradientScale(LossCase c) {
        return 1; // sigma(z) - y, both in [0, 1]
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void valueIsTheStableLogisticLoss() {
        Loss loss = subject();
        qt().forAll(smoothCases()).checkAssert(c -> {
            double expected = 0;
            for (int i = 0; i < c.prediction().length; i++) {
                expected += StableMath.softplus(c.prediction()[i]) - c.prediction()[i] * c.target()[i];
            }
            ScaledAgreement.agrees("sum max(z, 0) - z y + log(1 + e^-|z|) at logits z = " + c, expected,
                    value(loss, c), scale(c));
        });
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void gradientIsSigmoidMinusTarget() {
        Loss loss = subject();
        qt().forAll(smoothCases()).checkAssert(c -> {
            double[] expected = new double[c.prediction().length];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = StableMath.sigmoid(c.prediction()[i]) - c.target()[i];
            }
            ScaledAgreement.agrees("dL/dz = sigma(z) - y at logits z = " + c, expected, gradient(loss, c),
                    gradientScale(c));
        });
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void exactAtLogitsOfPlusMinusOneThousand() {
        // z = 1000, y = 0 and z = -1000, y = 1 each cost 1000 (a confident mistake);
        // z = 1000, y = 1 and z = -1000, y = 0 cost e^-1000, which is 0 in float64
        Loss loss = subject();
        LossCase wrong = new LossCase(new double[] {1000, -1000}, new double[] {0, 1});
        ScaledAgreement.agrees("L at " + wrong, 2000, value(loss, wrong), scale(wrong));
        ScaledAgreement.agrees("dL/dz at " + wrong, new double[] {1, -1}, gradient(loss, wrong), 1);
        LossCase right = new LossCase(new double[] {1000, -1000}, new double[] {1, 0});
        ScaledAgreement.agrees("L at " + right, 0, value(loss, right), scale(right));
        ScaledAgreement.agrees("dL/dz at " + right, new double[] {0, 0}, gradient(loss, right), 1);
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void agreesWithPytorchBinaryCrossEntropyWithLogits() {
        Loss loss = subject();
        JsonNode fixture = Fixtures.load("losses-binary-cross-entropy");
        for (JsonNode k : fixture.get("cases")) {
            LossCase c = new LossCase(Fixtures.doubles(k.get("z")), Fixtures.doubles(k.get("y")));
            String source = " (" + fixture.get("source").asText() + ") at logits z = " + c;
            ScaledAgreement.agrees("L" + source, k.get("loss").asDouble(), value(loss, c), scale(c));
            ScaledAgreement.agrees("dL/dz" + source, Fixtures.doubles(k.get("grad")), gradient(loss, c),
                    gradientScale(c));
        }
    }
}
