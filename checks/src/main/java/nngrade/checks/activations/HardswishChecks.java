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
 * act.hardswish as torch.nn.Hardswish: 0 for x <= -3, x for x >= 3, x (x + 3)/6 in between. It
 * is continuous with kinks at -3 (left derivative 0, right -1/2) and at 3 (left 3/2, right 1).
 */
@ProblemId("act.hardswish")
class HardswishChecks extends KinkedActivationContract {

    @Override
    protected Activation of(Solutions s) {
        return s.hardswish();
    }

    @Override
    protected double[] kinks() {
        return new double[] {-3, 3};
    }

    @Override
    protected double[] subdifferentialAt(double kink) {
        return kink < 0 ? new double[] {-0.5, 0} : new double[] {1, 1.5};
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void forwardAgreesWithPytorchAtFixedPoints() {
        TorchValues.assertForward("hardswish", "Hardswish", subject());
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void derivativeAgreesWithPytorchAtFixedPoints() {
        TorchValues.assertDerivative("hardswish", "Hardswish", subject());
    }

    /** The three pieces, and the derivatives 0, (2x + 3)/6 and 1, on inputs that straddle +-3. */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void followsItsPiecewiseDefinition() {
        Activation f = subject();
        qt().forAll(Gens.vectors(1, 6, Gens.scalars().mix(Gens.between(-8, 8)).assuming(v -> Math.abs(v) != 3)))
                .checkAssert(x -> {
                    double[] y = new double[x.length];
                    double[] d = new double[x.length];
                    for (int i = 0; i < x.length; i++) {
                        y[i] = ClosedForms.hardswish(x[i]);
                        d[i] = ClosedForms.hardswishDerivative(x[i]);
                    }
                    String at = "Hardswish at x = " + java.util.Arrays.toString(x);
                    Expect.agrees(at, y, f.forward(x));
                    Expect.agrees(() -> "derivative of " + at, d, f.backward(x, Inputs.filled(x.length, 1)));
                });
    }

    /** f(-3) = 0, f(-1.5) = -0.375, f(0) = 0, f(3) = 3: the pieces meet at the breakpoints. */
    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void hasTheRightValuesAtTheBreakpoints() {
        double[] x = {-3, -1.5, 0, 3};
        double[] expected = {0, -0.375, 0, 3};
        double[] y = subject().forward(x);
        Expect.shape("Hardswish", x, y);
        for (int i = 0; i < x.length; i++) {
            Expect.agrees("Hardswish(" + x[i] + ")", expected[i], y[i]);
        }
    }
}
