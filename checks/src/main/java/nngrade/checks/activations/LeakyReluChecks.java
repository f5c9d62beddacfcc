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
 * act.leaky_relu as torch.nn.LeakyReLU(negative_slope): x for x >= 0, a x for x < 0; at 0 any
 * derivative between a and 1. The contract's checks use a = 0.01.
 */
@ProblemId("act.leaky_relu")
class LeakyReluChecks extends KinkedActivationContract {

    private static final double SLOPE = 0.01;

    @Override
    protected Activation of(Solutions s) {
        return s.leakyRelu(SLOPE);
    }

    @Override
    protected double[] kinks() {
        return new double[] {0};
    }

    @Override
    protected double[] subdifferentialAt(double kink) {
        return new double[] {SLOPE, 1};
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void forwardAgreesWithPytorchAtFixedPoints() {
        Solutions s = submission();
        TorchValues.assertForward("leaky_relu_0.01", "LeakyReLU(0.01)", s.leakyRelu(0.01));
        TorchValues.assertForward("leaky_relu_0.2", "LeakyReLU(0.2)", s.leakyRelu(0.2));
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void derivativeAgreesWithPytorchAtFixedPoints() {
        Solutions s = submission();
        TorchValues.assertDerivative("leaky_relu_0.01", "LeakyReLU(0.01)", s.leakyRelu(0.01));
        TorchValues.assertDerivative("leaky_relu_0.2", "LeakyReLU(0.2)", s.leakyRelu(0.2));
    }

    /** Slope 1 for x > 0 and a for x < 0, in the values and in the derivative, for a in [0, 0.99]. */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void slopesAreOnTheRightSides() {
        Solutions s = submission();
        qt().forAll(Gens.between(0, 0.99), Gens.vectors(1, 6, Gens.scalarsAwayFrom(0, 0)))
                .checkAssert((a, x) -> {
                    Activation f = s.leakyRelu(a);
                    double[] y = new double[x.length];
                    double[] d = new double[x.length];
                    for (int i = 0; i < x.length; i++) {
                        y[i] = x[i] > 0 ? x[i] : a * x[i];
                        d[i] = x[i] > 0 ? 1 : a;
                    }
                    String at = "LeakyReLU(" + a + ") at x = " + java.util.Arrays.toString(x);
                    Expect.agrees(at, y, f.forward(x));
                    Expect.agrees(() -> "derivative of " + at, d, f.backward(x, Inputs.filled(x.length, 1)));
                });
    }
}
