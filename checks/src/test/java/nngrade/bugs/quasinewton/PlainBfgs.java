package nngrade.bugs.quasinewton;

import static nngrade.checks.support.LinearAlgebra.dot;
import static nngrade.checks.support.LinearAlgebra.identity;
import static nngrade.checks.support.LinearAlgebra.minus;
import static nngrade.checks.support.LinearAlgebra.norm;
import static nngrade.checks.support.LinearAlgebra.outer;
import static nngrade.checks.support.LinearAlgebra.plusScaled;
import static nngrade.checks.support.LinearAlgebra.scaled;
import static nngrade.checks.support.LinearAlgebra.times;

import nngrade.problems.quasinewton.LineSearch;
import nngrade.problems.quasinewton.Minimizer;
import nngrade.problems.quasinewton.Objective;

/**
 * The BFGS minimizer as a student writes it, in plain Java; each bug overrides one step of it.
 * Unchanged, it is correct.
 */
public class PlainBfgs implements Minimizer {

    private final LineSearch lineSearch;
    private final double eps;
    private final int maxIterations;

    public PlainBfgs(LineSearch lineSearch, double eps, int maxIterations) {
        this.lineSearch = lineSearch;
        this.eps = eps;
        this.maxIterations = maxIterations;
    }

    @Override
    public double[] minimize(Objective f, double[] x0) {
        double[] x = x0.clone();
        double[] g = gradient(f, x);
        double[][] b = identity(x.length);
        for (int k = 0; k < maxIterations && !converged(g, eps); k++) {
            double[] d = scaled(-1, times(b, g));
            double alpha = lineSearch.step(f, x, d);
            double[] next = plusScaled(x, alpha, d);
            double[] gNext = gradient(f, next);
            double[] p = minus(next, x);
            double[] q = minus(gNext, g);
            if (curvatureOk(dot(q, p))) {
                b = update(b, p, q);
            } else {
                b = afterASkippedUpdate(b);
            }
            x = next;
            g = gNext;
        }
        return x;
    }

    /**
     * @param g   the gradient (not modified)
     * @param eps the tolerance
     * @return whether the iteration stops here: ||g|| &lt; eps
     */
    protected boolean converged(double[] g, double eps) {
        return norm(g) < eps;
    }

    /** @return B after a step whose update is skipped: B as it is, as the contract says */
    protected double[][] afterASkippedUpdate(double[][] b) {
        return b;
    }

    protected boolean curvatureOk(double qp) {
        return qp > 0;
    }

    /** B+ = (I - p q^T/qp) B (I - q p^T/qp) + p p^T/qp. */
    protected double[][] update(double[][] b, double[] p, double[] q) {
        double qp = dot(q, p);
        double[][] left = plusScaled(identity(p.length), -1 / qp, outer(p, q));
        double[][] right = plusScaled(identity(p.length), -1 / qp, outer(q, p));
        return plusScaled(times(times(left, b), right), 1 / qp, outer(p, p));
    }

    protected double[] gradient(Objective f, double[] x) {
        double[] g = f.gradient(x);
        for (double v : g) {
            if (!Double.isFinite(v)) {
                throw new ArithmeticException("gradient not finite");
            }
        }
        return g;
    }
}
