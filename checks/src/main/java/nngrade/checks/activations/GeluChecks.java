package nngrade.checks.activations;

import static nngrade.checks.api.CheckSettings.qt;

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
 * act.gelu, exact, as torch.nn.GELU(approximate='none'): x Phi(x), derivative Phi(x) + x phi(x).
 * Both approximations (tanh: 0.5 x (1 + tanh(sqrt(2/pi)(x + 0.044715 x^3))); sigmoid: x sigma(1.702
 * x)) are off by 1e-4 to 1e-2 and fail.
 */
@ProblemId("act.gelu")
class GeluChecks extends ElementwiseActivationContract {

    @Override
    protected Activation of(Solutions s) {
        return s.gelu();
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void forwardAgreesWithPytorchAtFixedPoints() {
        TorchValues.assertForward("gelu", "GELU", subject());
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void derivativeAgreesWithPytorchAtFixedPoints() {
        TorchValues.assertDerivative("gelu", "GELU", subject());
    }

    /** x Phi(x) and Phi(x) + x phi(x), with Phi and phi from StandardNormal. */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void isInputTimesTheStandardNormalCdf() {
        Activation f = subject();
        qt().forAll(Gens.vectors(1, 6, Gens.scalars())).checkAssert(x -> {
            double[] y = new double[x.length];
            double[] d = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = ClosedForms.gelu(x[i]);
                d[i] = ClosedForms.geluDerivative(x[i]);
            }
            String at = "x Phi(x) at x = " + java.util.Arrays.toString(x);
            Expect.agrees(at, y, f.forward(x));
            Expect.agrees(() -> "derivative Phi(x) + x phi(x) at x = " + java.util.Arrays.toString(x), d,
                    f.backward(x, Inputs.filled(x.length, 1)));
        });
    }
}
