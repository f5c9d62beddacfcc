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
 * act.swish: x sigma(beta x) with beta learnable; dx = sigma(beta x) + beta x sigma'(beta x),
 * dBeta = sum_i x_i^2 sigma'(beta x_i) dy_i. beta = 1 is SiLU; as beta grows it tends to ReLU.
 * Beta is generated in [0.1, 10].
 */
@ProblemId("act.swish")
class SwishChecks extends ParametricActivationContract {

    /** Below this |x| the sigmoid is not yet saturated at beta = 1e3 (e^(-50) ~ 2e-22). */
    private static final double NOT_TINY = 0.05;

    @Override
    protected ParametricActivation of(Solutions s) {
        return s.swish();
    }

    @Override
    protected Gen<Double> parameters() {
        return Gens.between(0.1, 10);
    }

    @Override
    protected double[] extremeParameters() {
        // beta is learnable, and nothing keeps it positive: at beta = -1 and x = -1000 a sigmoid
        // that branches on the sign of x, not of beta x, divides infinity by infinity
        return new double[] {0.1, 1, 10, 1e6, -1};
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void forwardAgreesWithPytorchAtFixedPoints() {
        TorchValues.assertParametricForward("swish", "Swish", "beta", subject());
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void gradientsAgreeWithPytorchAtFixedPoints() {
        TorchValues.assertParametricGradients("swish", "Swish", "beta", subject());
    }

    /** The closed forms of the forward, dx and the summed dBeta, computed here. */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void gradientsFollowTheirClosedForms() {
        ParametricActivation f = subject();
        // beta up to 100 here, log-uniform: no difference quotients to spoil, and a shortcut such as
        // "ReLU above beta = 20" would pass the other checks (values up to 10, limits from 1e3)
        qt().forAll(VectorPair.withUpstream(Gens.vectors(1, 6, Gens.scalars())),
                Gens.logMagnitudes(0.1, 100).map(Math::abs))
                .checkAssert((p, beta) -> {
                    double[] x = p.x();
                    double[] dy = p.y();
                    double[] y = new double[x.length];
                    double[] dx = new double[x.length];
                    double dBeta = 0;
                    for (int i = 0; i < x.length; i++) {
                        y[i] = ClosedForms.swish(x[i], beta);
                        dx[i] = ClosedForms.swishDerivative(x[i], beta) * dy[i];
                        dBeta += ClosedForms.swishBetaDerivative(x[i], beta) * dy[i];
                    }
                    String at = "Swish(beta = " + beta + ") at x = " + Arrays.toString(x);
                    Expect.agrees(at, y, f.forward(x, beta));
                    ParametricGradients g = f.backward(x, beta, dy);
                    Expect.notNull("backward", g);
                    String with = at + ", dy = " + Arrays.toString(dy);
                    Expect.agrees(() -> "dx = (sigma(beta x) + beta x sigma'(beta x)) dy, " + with, dx, g.dx());
                    Expect.agrees(() -> "dBeta = sum of x^2 sigma'(beta x) dy, " + with, dBeta, g.dA());
                });
    }

    /** With beta = 1 Swish is x sigma(x) (computed here, not by asking act.silu). */
    @Test
    @Weight(1)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void withBetaOneEqualsSilu() {
        ParametricActivation f = subject();
        qt().forAll(Gens.vectors(1, 6, Gens.scalars())).checkAssert(x -> {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = x[i] * ClosedForms.sigmoid(x[i]);
            }
            Expect.agrees(() -> "Swish(beta = 1) against x sigma(x) at x = " + Arrays.toString(x), y, f.forward(x, 1));
        });
    }

    /** For beta in 1e3..1e6 and |x| >= 0.05, x sigma(beta x) - max(x, 0) = -|x| sigma(-beta |x|) is below 1e-21 |x|. */
    @Test
    @Weight(1)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void tendsToReluAsBetaGrows() {
        ParametricActivation f = subject();
        // Pushed out of (-0.05, 0.05) rather than filtered: filtering rejects a fifth of scalars().
        Gen<Double> notTiny = Gens.scalars().map(v -> Math.abs(v) >= NOT_TINY ? v : Math.copySign(NOT_TINY + Math.abs(v), v));
        qt().forAll(Gens.vectors(1, 6, notTiny), Gens.logMagnitudes(1e3, 1e6).map(Math::abs)).checkAssert((x, beta) -> {
            double[] relu = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                relu[i] = Math.max(x[i], 0);
            }
            Expect.agrees(() -> "Swish(beta = " + beta + ") against max(x, 0) at x = " + Arrays.toString(x), relu,
                    f.forward(x, beta));
        });
    }
}
