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

/** act.tanh: (e^x - e^-x)/(e^x + e^-x), derivative 1 - tanh^2; no NaN at +-1000. */
@ProblemId("act.tanh")
class TanhChecks extends ElementwiseActivationContract {

    @Override
    protected Activation of(Solutions s) {
        return s.tanh();
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void forwardAgreesWithPytorchAtFixedPoints() {
        TorchValues.assertForward("tanh", "tanh", subject());
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void derivativeAgreesWithPytorchAtFixedPoints() {
        TorchValues.assertDerivative("tanh", "tanh", subject());
    }

    /** tanh(-x) = -tanh(x). */
    @Test
    @Weight(1)
    void isAnOddFunction() {
        Activation f = subject();
        qt().forAll(Gens.vectors(1, 6, Gens.scalars())).checkAssert(x -> {
            double[] minusX = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                minusX[i] = -x[i];
            }
            double[] y = f.forward(x);
            double[] yMinus = f.forward(minusX);
            Expect.shape("tanh(x)", x, y);
            Expect.shape("tanh(-x)", x, yMinus);
            Expect.finite("tanh(x)", y); // NaN against NaN would pass the comparison below
            for (int i = 0; i < x.length; i++) {
                Expect.agrees("tanh(" + minusX[i] + ") against -tanh(" + x[i] + ")", -y[i], yMinus[i]);
            }
        });
    }

    /** d tanh/dx = 1 - tanh(x)^2, with tanh computed here by Math.tanh. */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void derivativeIsOneMinusTanhSquared() {
        Activation f = subject();
        qt().forAll(Gens.vectors(1, 6, Gens.scalars())).checkAssert(x -> {
            double[] expected = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double t = Math.tanh(x[i]);
                expected[i] = 1 - t * t;
            }
            Expect.agrees(() -> "1 - tanh(x)^2 at x = " + java.util.Arrays.toString(x), expected,
                    f.backward(x, Inputs.filled(x.length, 1)));
        });
    }
}
