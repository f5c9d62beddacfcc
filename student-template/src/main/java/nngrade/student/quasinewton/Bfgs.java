package nngrade.student.quasinewton;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.quasinewton.LineSearch;
import nngrade.problems.quasinewton.Minimizer;
import nngrade.problems.quasinewton.Objective;

/**
 * opt.bfgs, the notes' "Summary of BFGS": B_0 = I; d = -B g; a line search; p, q; the BFGS
 * update of the inverse Hessian B+ = (I - p q^T/(q^T p)) B (I - q p^T/(q^T p)) + p p^T/(q^T p)
 * when q^T p &gt; 0 (skip it otherwise); stop when ||g|| &lt; eps.
 */
public class Bfgs implements Minimizer {

    private final LineSearch lineSearch;
    private final double eps;
    private final int maxIterations;

    /**
     * @param lineSearch    picks the step along each direction
     * @param eps           stop when ||g|| &lt; eps
     * @param maxIterations the iteration cap
     */
    public Bfgs(LineSearch lineSearch, double eps, int maxIterations) {
        this.lineSearch = lineSearch;
        this.eps = eps;
        this.maxIterations = maxIterations;
    }

    /**
     * From theta_0 = x0 and g_0 = grad J(theta_0), for k = 0, 1, ...: stop if ||g_k|| &lt; eps or
     * after maxIterations iterations; d_k = -B_k g_k; alpha_k = lineSearch.step(f, theta_k, d_k);
     * theta_{k+1} = theta_k + alpha_k d_k; g_{k+1} = grad J(theta_{k+1});
     * p_k = theta_{k+1} - theta_k, q_k = g_{k+1} - g_k; learn from (p_k, q_k) only if
     * q_k^T p_k &gt; 0. Call the line search once per iteration and the gradient once per point.
     *
     * @param f  the objective
     * @param x0 the starting point (not modified)
     * @return a new array: the point where the iteration stopped
     * @throws ArithmeticException if a gradient holds a NaN or an infinity
     */
    @Override
    public double[] minimize(Objective f, double[] x0) {
        throw new NotImplementedYet("opt.bfgs");
    }
}
