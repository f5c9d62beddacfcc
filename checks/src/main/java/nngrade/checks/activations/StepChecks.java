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
 * act.step: 1 if x >= 0 else 0 (torch.heaviside(x, 1)). Its derivative is 0 wherever it exists;
 * at the jump the notes take 0 as well, so 0 is the only value accepted anywhere.
 */
@ProblemId("act.step")
class StepChecks extends KinkedActivationContract {

    @Override
    protected Activation of(Solutions s) {
        return s.step();
    }

    @Override
    protected double[] kinks() {
        return new double[] {0};
    }

    @Override
    protected double[] subdifferentialAt(double kink) {
        return new double[] {0, 0};
    }

    /** torch's step has no derivative to compare with (it is 0 wherever it exists): values only. */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void forwardAgreesWithPytorchAtFixedPoints() {
        TorchValues.assertForward("step", "step", subject());
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void isOneFromZeroOnAndZeroBelow() {
        Activation f = subject();
        qt().forAll(Gens.vectors(1, 6, Gens.scalars())).checkAssert(x -> {
            double[] y = f.forward(x);
            Expect.shape("step(x)", x, y);
            for (int i = 0; i < x.length; i++) {
                Expect.near("step(" + x[i] + ")", x[i] >= 0 ? 1 : 0, y[i], 0, 0);
            }
        });
        Expect.near("step(0)", 1, f.forward(new double[] {0})[0], 0, 0);
        // -0.0 >= 0 holds in IEEE 754 as in torch; Double.compare(x, 0.0) >= 0 does not
        Expect.near("step(-0.0)", 1, f.forward(new double[] {-0.0})[0], 0, 0);
    }

    @Test
    @Weight(2)
    void derivativeIsZeroEverywhere() {
        Activation f = subject();
        qt().forAll(Gens.vectors(1, 6, Gens.scalars())).checkAssert(x -> Expect.near(
                () -> "derivative of step (dy = 1) at x = " + java.util.Arrays.toString(x),
                new double[x.length], f.backward(x, Inputs.filled(x.length, 1)), 0, 0));
    }
}
