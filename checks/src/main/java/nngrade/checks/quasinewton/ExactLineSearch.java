package nngrade.checks.quasinewton;

import nngrade.checks.support.LinearAlgebra;
import nngrade.problems.quasinewton.LineSearch;
import nngrade.problems.quasinewton.Objective;

/**
 * The exact line search on a quadratic J(x) = (1/2) x^T A x - b^T x, or a fixed fraction of it:
 * phi(alpha) = J(x + alpha d) is a parabola with its minimum at alpha* = -g^T d/(d^T A d),
 * g = A x - b, and this returns omega alpha*. With omega = 1 it is exact (BFGS then terminates in
 * at most n iterations); with omega &lt; 1 it is a deliberately inexact search, under which BFGS,
 * L-BFGS and the mistakes they invite no longer produce parallel directions. It uses the
 * quadratic the check built, not the objective the submission passes on, so it costs the
 * submission no evaluation.
 */
final class ExactLineSearch implements LineSearch {

    private final Quadratic quadratic;
    private final double omega;

    /** @param omega the fraction of the exact step taken, in (0, 1] */
    ExactLineSearch(Quadratic quadratic, double omega) {
        this.quadratic = quadratic;
        this.omega = omega;
    }

    ExactLineSearch(Quadratic quadratic) {
        this(quadratic, 1);
    }

    @Override
    public double step(Objective ignored, double[] x, double[] d) {
        double[] g = quadratic.gradient(x);
        double curvature = LinearAlgebra.dot(d, LinearAlgebra.times(quadratic.hessian(), d));
        return curvature > 0 ? -omega * LinearAlgebra.dot(g, d) / curvature : 0;
    }
}
