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
 * act.elu as torch.nn.ELU(alpha): x for x > 0, alpha (e^x - 1) otherwise. The derivative jumps
 * from alpha to 1 at 0 unless alpha = 1. The contract's checks use alpha = 1.5.
 */
@ProblemId("act.elu")
class EluChecks extends KinkedActivationContract {

    private static final double ALPHA = 1.5;

    @Override
    protected Activation of(Solutions s) {
        return s.elu(ALPHA);
    }

    @Override
    protected double[] kinks() {
        return new double[] {0};
    }

    @Override
    protected double[] subdifferentialAt(double kink) {
        return new double[] {Math.min(ALPHA, 1), Math.max(ALPHA, 1)};
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void forwardAgreesWithPytorchAtFixedPoints() {
        Solutions s = submission();
        for (double alpha : new double[] {0.5, 1, 2}) {
            TorchValues.assertForward(TorchValues.key("elu", alpha), "ELU(alpha = " + alpha + ")", s.elu(alpha));
        }
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void derivativeAgreesWithPytorchAtFixedPoints() {
        Solutions s = submission();
        for (double alpha : new double[] {0.5, 1, 2}) {
            TorchValues.assertDerivative(TorchValues.key("elu", alpha), "ELU(alpha = " + alpha + ")", s.elu(alpha));
        }
    }

    /** x for x > 0, alpha (e^x - 1) for x <= 0, with derivatives 1 and alpha e^x. */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void followsItsDefinitionForEveryAlpha() {
        Solutions s = submission();
        qt().forAll(Gens.between(0.1, 3), Gens.vectors(1, 6, Gens.scalarsAwayFrom(0, 0)))
                .checkAssert((alpha, x) -> {
                    Activation f = s.elu(alpha);
                    double[] y = new double[x.length];
                    double[] d = new double[x.length];
                    for (int i = 0; i < x.length; i++) {
                        y[i] = ClosedForms.elu(x[i], alpha);
                        d[i] = ClosedForms.eluDerivative(x[i], alpha);
                    }
                    String at = "ELU(alpha = " + alpha + ") at x = " + java.util.Arrays.toString(x);
                    Expect.agrees(at, y, f.forward(x));
                    Expect.agrees(() -> "derivative of " + at, d, f.backward(x, Inputs.filled(x.length, 1)));
                });
    }
}
