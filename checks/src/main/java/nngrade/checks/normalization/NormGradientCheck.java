package nngrade.checks.normalization;

import nngrade.checks.support.Expect;
import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.Inputs;
import nngrade.checks.support.Shape;
import nngrade.problems.normalization.NormGradients;

/**
 * The gradients of a normalization layer against central differences of its own forward pass
 * (see {@link GradientCheck} for the step and the acceptance rule), for X, gamma and beta: each
 * one is the vector-Jacobian product dY . dF/d(that argument).
 */
final class NormGradientCheck {

    /** A forward pass Y = F(X, gamma, beta). */
    interface Forward {
        double[][] apply(double[][] x, double[] gamma, double[] beta);
    }

    private NormGradientCheck() {
    }

    /** Fails unless the analytic gradients g of F at c match central differences of F. */
    static void expectMatches(NormGradients g, NormCase c, Forward f) {
        int n = c.rows();
        int d = c.features();
        Expect.notNull("backward", g);
        Shape.matrix("dX", g.dX(), n, d);
        Shape.vector("dGamma", g.dGamma(), d);
        Shape.vector("dBeta", g.dBeta(), d);
        double[] dy = Inputs.flatten(c.dy());
        GradientCheck.assertMatches("dX", Inputs.flatten(g.dX()), GradientCheck.vjp(
                v -> Inputs.flatten(f.apply(Inputs.unflatten(v, n, d), c.gamma(), c.beta())), Inputs.flatten(c.x()), dy));
        GradientCheck.assertMatches("dGamma", g.dGamma(), GradientCheck.vjp(
                v -> Inputs.flatten(f.apply(c.x(), v, c.beta())), c.gamma(), dy));
        GradientCheck.assertMatches("dBeta", g.dBeta(), GradientCheck.vjp(
                v -> Inputs.flatten(f.apply(c.x(), c.gamma(), v)), c.beta(), dy));
    }
}
