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
 * act.celu as torch.nn.CELU(alpha): max(0, x) + min(0, alpha (e^(x/alpha) - 1)). Dividing x by
 * alpha inside the exponential makes the derivative e^(x/alpha) tend to 1 at 0-, so CELU is C1 for
 * every alpha (ELU is not, unless alpha = 1). The contract's checks use alpha = 0.5.
 */
@ProblemId("act.celu")
class CeluChecks extends ElementwiseActivationContract {

    private static final double ALPHA = 0.5;
    /** Distance from 0 at which the one-sided derivatives are read. */
    private static final double NEAR_ZERO = 1e-9;
    /**
     * How far from 1 the derivative may be at +-1e-9: e^(-1e-9/alpha) differs from 1 by at most
     * 1e-8 for alpha >= 0.1, while ELU's alpha e^x misses by |alpha - 1|.
     */
    private static final double ONE_SIDED_TOLERANCE = 1e-6;

    @Override
    protected Activation of(Solutions s) {
        return s.celu(ALPHA);
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void forwardAgreesWithPytorchAtFixedPoints() {
        Solutions s = submission();
        for (double alpha : new double[] {0.5, 1, 2}) {
            TorchValues.assertForward(TorchValues.key("celu", alpha), "CELU(alpha = " + alpha + ")", s.celu(alpha));
        }
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void derivativeAgreesWithPytorchAtFixedPoints() {
        Solutions s = submission();
        for (double alpha : new double[] {0.5, 1, 2}) {
            TorchValues.assertDerivative(TorchValues.key("celu", alpha), "CELU(alpha = " + alpha + ")", s.celu(alpha));
        }
    }

    /** Left and right of 0 the derivative is 1, whatever alpha, and CELU(0) = 0. */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void isContinuouslyDifferentiableAtZeroForEveryAlpha() {
        Solutions s = submission();
        qt().forAll(Gens.between(0.1, 10)).checkAssert(alpha -> {
            Activation f = s.celu(alpha);
            double[] x = {-NEAR_ZERO, NEAR_ZERO};
            double[] d = f.backward(x, new double[] {1, 1});
            Expect.shape("derivative of CELU", x, d);
            Expect.near(() -> "derivative of CELU(alpha = " + alpha + ") just left of 0, at x = " + x[0], 1, d[0], 0,
                    ONE_SIDED_TOLERANCE);
            Expect.near(() -> "derivative of CELU(alpha = " + alpha + ") just right of 0, at x = " + x[1], 1, d[1], 0,
                    ONE_SIDED_TOLERANCE);
            Expect.near(() -> "CELU(alpha = " + alpha + ") at 0", 0, f.forward(new double[] {0})[0], 0, 0);
        });
    }

    /** With alpha = 1, CELU is ELU(alpha = 1): x for x > 0, e^x - 1 otherwise (computed here). */
    @Test
    @Weight(1)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void withAlphaOneEqualsElu() {
        Activation f = submission().celu(1);
        qt().forAll(Gens.vectors(1, 6, Gens.scalars())).checkAssert(x -> {
            double[] y = new double[x.length];
            double[] d = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = ClosedForms.elu(x[i], 1);
                d[i] = ClosedForms.eluDerivative(x[i], 1);
            }
            String at = "CELU(alpha = 1) against ELU(alpha = 1) at x = " + java.util.Arrays.toString(x);
            Expect.agrees(at, y, f.forward(x));
            Expect.agrees(() -> "derivative of " + at, d, f.backward(x, Inputs.filled(x.length, 1)));
        });
    }

    /** max(0, x) + min(0, alpha (e^(x/alpha) - 1)) and its derivative, alpha in [0.1, 10]. */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void followsItsDefinitionForEveryAlpha() {
        Solutions s = submission();
        qt().forAll(Gens.between(0.1, 10), Gens.vectors(1, 6, Gens.scalars())).checkAssert((alpha, x) -> {
            Activation f = s.celu(alpha);
            double[] y = new double[x.length];
            double[] d = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = ClosedForms.celu(x[i], alpha);
                d[i] = ClosedForms.celuDerivative(x[i], alpha);
            }
            String at = "CELU(alpha = " + alpha + ") at x = " + java.util.Arrays.toString(x);
            Expect.agrees(at, y, f.forward(x));
            Expect.agrees(() -> "derivative of " + at, d, f.backward(x, Inputs.filled(x.length, 1)));
        });
    }
}
