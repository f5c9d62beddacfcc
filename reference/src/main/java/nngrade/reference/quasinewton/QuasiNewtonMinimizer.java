package nngrade.reference.quasinewton;

import nngrade.problems.quasinewton.LineSearch;
import nngrade.problems.quasinewton.Minimizer;
import nngrade.problems.quasinewton.Objective;

/**
 * The quasi-Newton iteration of the notes' "Summary of BFGS", written once for BFGS and L-BFGS,
 * which differ only in how they keep the curvature ({@link Curvature}):
 * d_k = -B_k g_k; alpha_k from the line search; theta_{k+1} = theta_k + alpha_k d_k;
 * p_k = theta_{k+1} - theta_k, q_k = g_{k+1} - g_k; update B when q_k^T p_k &gt; 0; stop when
 * ||g_k|| &lt; eps or after maxIterations iterations.
 */
abstract class QuasiNewtonMinimizer implements Minimizer {

    private final LineSearch lineSearch;
    private final double eps;
    private final int maxIterations;

    /**
     * @param lineSearch    picks alpha_k along d_k
     * @param eps           stop when ||g|| &lt; eps
     * @param maxIterations the iteration cap
     */
    QuasiNewtonMinimizer(LineSearch lineSearch, double eps, int maxIterations) {
        this.lineSearch = lineSearch;
        this.eps = eps;
        this.maxIterations = maxIterations;
    }

    /** @return fresh curvature for a run in dimension n, B_0 = I */
    protected abstract Curvature start(int n);

    /**
     * @param f  the objective
     * @param x0 theta_0 (not modified)
     * @return the point where the iteration stopped, a new array
     * @throws ArithmeticException if a gradient is not finite
     */
    @Override
    public double[] minimize(Objective f, double[] x0) {
        Curvature curvature = start(x0.length);
        double[] x = x0.clone();
        double[] g = gradient(f, x);
        for (int k = 0; k < maxIterations && Vectors.norm(g) >= eps; k++) {
            double[] d = curvature.direction(g);
            double alpha = lineSearch.step(f, x.clone(), d.clone());
            double[] next = Vectors.plusScaled(x, alpha, d);
            double[] gNext = gradient(f, next);
            double[] p = Vectors.minus(next, x);
            double[] q = Vectors.minus(gNext, g);
            if (Vectors.dot(q, p) > 0) { // the curvature guard: otherwise B would lose definiteness
                curvature.learn(p, q);
            }
            x = next;
            g = gNext;
        }
        return x;
    }

    /** @return grad J(x), checked finite */
    private static double[] gradient(Objective f, double[] x) {
        double[] g = f.gradient(x.clone());
        for (int i = 0; i < g.length; i++) {
            if (!Double.isFinite(g[i])) {
                throw new ArithmeticException("the gradient is not finite: component " + i + " is "
                        + g[i]);
            }
        }
        return g;
    }
}
