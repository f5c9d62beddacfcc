package nngrade.checks.activations;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.problems.Solutions;
import nngrade.problems.activations.Activation;
import org.junit.jupiter.api.Test;

/** act.relu: max(x, 0); derivative 1 for x > 0, 0 for x < 0, anything in [0, 1] at 0. */
@ProblemId("act.relu")
class ReluChecks extends KinkedActivationContract {

    @Override
    protected Activation of(Solutions s) {
        return s.relu();
    }

    @Override
    protected double[] kinks() {
        return new double[] {0};
    }

    @Override
    protected double[] subdifferentialAt(double kink) {
        return new double[] {0, 1};
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void forwardAgreesWithPytorchAtFixedPoints() {
        TorchValues.assertForward("relu", "ReLU", subject());
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void derivativeAgreesWithPytorchAtFixedPoints() {
        TorchValues.assertDerivative("relu", "ReLU", subject());
    }

    @Test
    @Weight(2)
    void negativeInputsPassNoGradient() {
        double[] x = {-1000, -2.5, -1e-8};
        double[] dx = subject().backward(x, new double[] {1, 1, 1});
        Expect.near("dx for negative x", new double[] {0, 0, 0}, dx, 0, 0);
        Expect.near("forward for negative x", new double[] {0, 0, 0}, subject().forward(x), 0, 0);
    }
}
