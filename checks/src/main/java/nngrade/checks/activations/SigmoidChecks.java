package nngrade.checks.activations;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.VectorPair;
import nngrade.problems.Solutions;
import nngrade.problems.activations.Activation;
import org.junit.jupiter.api.Test;

/** act.sigmoid: sigma(x) = 1/(1 + e^-x), derivative sigma(x)(1 - sigma(x)); no overflow at -1000. */
@ProblemId("act.sigmoid")
class SigmoidChecks extends ElementwiseActivationContract {

    @Override
    protected Activation of(Solutions s) {
        return s.sigmoid();
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void forwardAgreesWithPytorchAtFixedPoints() {
        TorchValues.assertForward("sigmoid", "sigmoid", subject());
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void derivativeAgreesWithPytorchAtFixedPoints() {
        TorchValues.assertDerivative("sigmoid", "sigmoid", subject());
    }

    /** sigma(-x) = 1 - sigma(x): the curve is symmetric about (0, 1/2). */
    @Test
    @Weight(1)
    void isPointSymmetricAboutOneHalf() {
        Activation f = subject();
        qt().forAll(Gens.vectors(1, 6, Gens.scalars())).checkAssert(x -> {
            double[] minusX = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                minusX[i] = -x[i];
            }
            double[] y = f.forward(x);
            double[] yMinus = f.forward(minusX);
            Expect.shape("sigmoid(x)", x, y);
            Expect.shape("sigmoid(-x)", x, yMinus);
            Expect.finite("sigmoid(x)", y); // NaN against NaN would pass the comparison below
            for (int i = 0; i < x.length; i++) {
                Expect.agrees("sigmoid(" + minusX[i] + ") against 1 - sigmoid(" + x[i] + ")", 1 - y[i], yMinus[i]);
            }
        });
    }

    /** The notes' local gradient: d sigma/dx = sigma(x)(1 - sigma(x)), e.g. (0.73)(1 - 0.73) = 0.2. */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void derivativeIsSigmoidTimesOneMinusSigmoid() {
        Activation f = subject();
        qt().forAll(VectorPair.withUpstream(Gens.vectors(1, 6, Gens.scalars())))
                .checkAssert(p -> {
                    double[] x = p.x();
                    double[] dy = p.y();
                    double[] expected = new double[x.length];
                    for (int i = 0; i < x.length; i++) {
                        expected[i] = ClosedForms.sigmoidDerivative(x[i]) * dy[i];
                    }
                    Expect.agrees("dx = sigma(x)(1 - sigma(x)) dy", expected, f.backward(x.clone(), dy.clone()));
                });
    }
}
