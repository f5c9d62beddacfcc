package nngrade.student.quasinewton;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.quasinewton.LineSearch;
import nngrade.problems.quasinewton.Minimizer;
import nngrade.problems.quasinewton.Objective;

/**
 * opt.lbfgs: the BFGS iteration without the matrix B. Keep only the last r = memory pairs
 * (p_i, q_i) with q_i^T p_i &gt; 0 (drop the oldest when a new one would make more than r) and
 * compute d = -B g by the two-loop recursion, with B_0 = I (no scaling):
 *
 * <pre>
 * a = g
 * for i from the newest pair to the oldest:
 *     alpha_i = (p_i^T a)/(q_i^T p_i);  a = a - alpha_i q_i
 * for i from the oldest pair to the newest:
 *     beta = (q_i^T a)/(q_i^T p_i);  a = a + (alpha_i - beta) p_i
 * d = -a
 * </pre>
 *
 * Storage O(r n). While no pair has been dropped, the directions are exactly those of opt.bfgs.
 */
public class Lbfgs implements Minimizer {

    private final LineSearch lineSearch;
    private final int memory;
    private final double eps;
    private final int maxIterations;

    /**
     * @param lineSearch    picks the step along each direction
     * @param memory        r, the number of pairs (p, q) kept (at least 1)
     * @param eps           stop when ||g|| &lt; eps
     * @param maxIterations the iteration cap
     */
    public Lbfgs(LineSearch lineSearch, int memory, double eps, int maxIterations) {
        this.lineSearch = lineSearch;
        this.memory = memory;
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
        throw new NotImplementedYet("opt.lbfgs");
    }
}
