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

/** act.silu as torch.nn.SiLU: x sigma(x), derivative sigma(x)(1 + x(1 - sigma(x))). */
@ProblemId("act.silu")
class SiluChecks extends ElementwiseActivationContract {

    @Override
    protected Activation of(Solutions s) {
        return s.silu();
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void forwardAgreesWithPytorchAtFixedPoints() {
        TorchValues.assertForward("silu", "SiLU", subject());
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void derivativeAgreesWithPytorchAtFixedPoints() {
        TorchValues.assertDerivative("silu", "SiLU", subject());
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void isInputTimesSigmoidOfInput() {
        Activation f = subject();
        qt().forAll(Gens.vectors(1, 6, Gens.scalars())).checkAssert(x -> {
            double[] y = new double[x.length];
            double[] d = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double s = ClosedForms.sigmoid(x[i]);
                y[i] = x[i] * s;
                d[i] = s * (1 + x[i] * ClosedForms.sigmoid(-x[i]));
            }
            String at = "x sigma(x) at x = " + java.util.Arrays.toString(x);
            Expect.agrees(at, y, f.forward(x));
            Expect.agrees(() -> "derivative sigma(x)(1 + x(1 - sigma(x))) at x = " + java.util.Arrays.toString(x), d,
                    f.backward(x, Inputs.filled(x.length, 1)));
        });
    }
}
