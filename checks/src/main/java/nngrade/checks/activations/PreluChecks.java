package nngrade.checks.activations;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.Arrays;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.VectorPair;
import nngrade.problems.Solutions;
import nngrade.problems.activations.ParametricActivation;
import nngrade.problems.activations.ParametricGradients;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * act.prelu as torch.nn.PReLU with one shared alpha: x for x >= 0, alpha x otherwise;
 * dx = dy for x > 0 and alpha dy for x < 0; dAlpha = sum over x < 0 of x dy. Alpha is generated in
 * [-0.5, 0.95]: below 1, where "x if x >= 0 else alpha x" and max(x, alpha x) agree.
 */
@ProblemId("act.prelu")
class PreluChecks extends ParametricActivationContract {

    @Override
    protected ParametricActivation of(Solutions s) {
        return s.prelu();
    }

    @Override
    protected Gen<Double> parameters() {
        return Gens.between(-0.5, 0.95);
    }

    @Override
    protected double[] extremeParameters() {
        return new double[] {-0.5, 0, 0.25, 0.95};
    }

    @Override
    protected double[] kinks() {
        return new double[] {0};
    }

    /**
     * At 0 the derivative in x may be anything between alpha and 1; dAlpha there gets x dy = 0
     * whichever side 0 is counted on.
     */
    @Test
    @Weight(1)
    void backwardAtTheKinkLiesInTheSubdifferential() {
        ParametricActivation f = subject();
        qt().forAll(parameters(), Gens.upstream()).checkAssert((alpha, dy) -> {
            ParametricGradients g = f.backward(new double[] {0}, alpha, new double[] {dy});
            Expect.notNull("backward", g);
            Expect.shape("dx", new double[1], g.dx());
            double lo = Math.min(alpha * dy, dy);
            double hi = Math.max(alpha * dy, dy);
            Expect.that(g.dx()[0] >= lo - 1e-12 && g.dx()[0] <= hi + 1e-12, () -> "dx at the kink x = 0 with alpha = "
                    + alpha + ", dy = " + dy + " is " + g.dx()[0] + ", expected s dy with s between alpha and 1, a value in ["
                    + lo + ", " + hi + "]");
            Expect.near(() -> "dAlpha at x = 0 with alpha = " + alpha + ", dy = " + dy, 0, g.dA(), 0, 1e-12);
        });
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void forwardAgreesWithPytorchAtFixedPoints() {
        TorchValues.assertParametricForward("prelu", "PReLU", "alpha", subject());
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void gradientsAgreeWithPytorchAtFixedPoints() {
        TorchValues.assertParametricGradients("prelu", "PReLU", "alpha", subject());
    }

    /** The slopes: 1 for x > 0, alpha for x < 0; and dAlpha = sum over x < 0 of x dy (computed here). */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void slopesAndAlphaGradientFollowTheDefinition() {
        ParametricActivation f = subject();
        qt().forAll(VectorPair.withUpstream(Gens.vectors(1, 6, Gens.scalarsAwayFrom(0, 0))), parameters())
                .checkAssert((p, alpha) -> {
                    double[] x = p.x();
                    double[] dy = p.y();
                    double[] y = new double[x.length];
                    double[] dx = new double[x.length];
                    double dAlpha = 0;
                    for (int i = 0; i < x.length; i++) {
                        y[i] = x[i] > 0 ? x[i] : alpha * x[i];
                        dx[i] = x[i] > 0 ? dy[i] : alpha * dy[i];
                        dAlpha += x[i] < 0 ? x[i] * dy[i] : 0;
                    }
                    String at = "PReLU(alpha = " + alpha + ") at x = " + Arrays.toString(x);
                    Expect.agrees(at, y, f.forward(x, alpha));
                    ParametricGradients g = f.backward(x, alpha, dy);
                    Expect.notNull("backward", g);
                    Expect.agrees(() -> "dx of " + at + ", dy = " + Arrays.toString(dy), dx, g.dx());
                    Expect.agrees(() -> "dAlpha = sum over x < 0 of x dy, " + at + ", dy = " + Arrays.toString(dy),
                            dAlpha, g.dA());
                });
    }
}
