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
import org.quicktheories.core.Gen;

/**
 * act.softplus as torch.nn.Softplus(beta, threshold): (1/beta) log(1 + e^(beta x)) where
 * beta x <= threshold, and x itself where beta x > threshold. The switch makes f jump (slightly) at
 * x = threshold/beta, so gradient checks stay away from that point. The contract's checks use
 * beta = 2, threshold = 5, where the jump is visible (about 3.4e-3).
 */
@ProblemId("act.softplus")
class SoftplusChecks extends ElementwiseActivationContract {

    private static final double BETA = 2;
    private static final double THRESHOLD = 5;

    @Override
    protected Activation of(Solutions s) {
        return s.softplus(BETA, THRESHOLD);
    }

    @Override
    protected Gen<Double> smoothPoints() {
        return Gens.scalarsAwayFrom(1e-4, THRESHOLD / BETA);
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void forwardAgreesWithPytorchAtFixedPoints() {
        Solutions s = submission();
        TorchValues.assertForward("softplus_beta1_threshold20", "Softplus(beta = 1, threshold = 20)",
                s.softplus(1, 20));
        TorchValues.assertForward("softplus_beta2_threshold5", "Softplus(beta = 2, threshold = 5)",
                s.softplus(2, 5));
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void derivativeAgreesWithPytorchAtFixedPoints() {
        Solutions s = submission();
        TorchValues.assertDerivative("softplus_beta1_threshold20", "Softplus(beta = 1, threshold = 20)",
                s.softplus(1, 20));
        TorchValues.assertDerivative("softplus_beta2_threshold5", "Softplus(beta = 2, threshold = 5)",
                s.softplus(2, 5));
    }

    /** Where beta x > threshold torch returns x itself, bit for bit, and the derivative 1. */
    @Test
    @Weight(2)
    void isExactlyLinearAboveTheThreshold() {
        Solutions s = submission();
        qt().forAll(Gens.between(0.2, 5), Gens.between(1, 30), Gens.between(1e-9, 3))
                .checkAssert((beta, threshold, above) -> {
                    double x = threshold / beta * (1 + above);
                    if (beta * x <= threshold) {
                        return; // rounding put it back on the threshold
                    }
                    Activation f = s.softplus(beta, threshold);
                    String at = "Softplus(beta = " + beta + ", threshold = " + threshold + ") at x = " + x;
                    Expect.near(at, x, f.forward(new double[] {x})[0], 0, 0);
                    Expect.near(() -> "derivative of " + at,
                            1, f.backward(new double[] {x}, new double[] {1})[0], 0, 0);
                });
        Expect.near("Softplus(beta = 1, threshold = 20) at x = 1000", 1000, s.softplus(1, 20).forward(new double[] {1000})[0], 0, 0);
    }

    /** Up to the threshold: (1/beta) log(1 + e^(beta x)) and its derivative sigma(beta x). */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void followsTheLogFormulaUpToTheThreshold() {
        Solutions s = submission();
        qt().forAll(Gens.between(0.2, 5), Gens.between(1, 30), Gens.vectors(1, 6, Gens.scalars()))
                .checkAssert((beta, threshold, xAll) -> {
                    double[] x = java.util.Arrays.stream(xAll).filter(v -> beta * v <= threshold).toArray();
                    if (x.length == 0) {
                        return;
                    }
                    Activation f = s.softplus(beta, threshold);
                    double[] y = new double[x.length];
                    double[] d = new double[x.length];
                    for (int i = 0; i < x.length; i++) {
                        y[i] = ClosedForms.softplusLogForm(x[i], beta);
                        d[i] = ClosedForms.sigmoid(beta * x[i]);
                    }
                    String at = "Softplus(beta = " + beta + ", threshold = " + threshold + ") at x = "
                            + java.util.Arrays.toString(x);
                    Expect.agrees(at, y, f.forward(x));
                    Expect.agrees(() -> "derivative of " + at, d, f.backward(x, Inputs.filled(x.length, 1)));
                });
    }
}
