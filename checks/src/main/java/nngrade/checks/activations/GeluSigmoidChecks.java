package nngrade.checks.activations;

import static nngrade.checks.api.CheckSettings.qt;
import static nngrade.checks.activations.ClosedForms.GELU_SIGMOID_SLOPE;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.Inputs;
import nngrade.problems.Solutions;
import nngrade.problems.activations.Activation;
import org.junit.jupiter.api.Test;

/**
 * act.gelu_sigmoid: x sigma(1.702 x), the sigmoid approximation of GELU (torch has no module for
 * it; the fixture computes x * torch.sigmoid(1.702 * x)).
 */
@ProblemId("act.gelu_sigmoid")
class GeluSigmoidChecks extends ElementwiseActivationContract {

    @Override
    protected Activation of(Solutions s) {
        return s.geluSigmoid();
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void forwardAgreesWithPytorchAtFixedPoints() {
        TorchValues.assertForward("gelu_sigmoid", "x sigma(1.702 x)", subject());
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void derivativeAgreesWithPytorchAtFixedPoints() {
        TorchValues.assertDerivative("gelu_sigmoid", "x sigma(1.702 x)", subject());
    }

    /** x sigma(1.702 x), derivative sigma(1.702 x) + 1.702 x sigma(1.702 x)(1 - sigma(1.702 x)). */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void followsItsClosedForm() {
        Activation f = subject();
        qt().forAll(Gens.vectors(1, 6, Gens.scalars())).checkAssert(x -> {
            double[] y = new double[x.length];
            double[] d = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = ClosedForms.swish(x[i], GELU_SIGMOID_SLOPE);
                d[i] = ClosedForms.swishDerivative(x[i], GELU_SIGMOID_SLOPE);
            }
            String at = "x sigma(1.702 x) at x = " + java.util.Arrays.toString(x);
            Expect.agrees(at, y, f.forward(x));
            Expect.agrees(() -> "derivative of " + at, d, f.backward(x, Inputs.filled(x.length, 1)));
        });
    }
}
