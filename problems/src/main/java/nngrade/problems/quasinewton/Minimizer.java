package nngrade.problems.quasinewton;

/**
 * A quasi-Newton minimizer (opt.bfgs, opt.lbfgs), built with its line search and settings by the
 * {@code Solutions} factory.
 *
 * <p>The iteration of the notes, from k = 0 with g_0 = grad J(theta_0):
 * <ol>
 * <li>stop if ||g_k|| &lt; eps (Euclidean norm), or if maxIterations iterations are done;
 * <li>d_k = -B_k g_k;
 * <li>alpha_k = lineSearch.step(f, theta_k, d_k); theta_{k+1} = theta_k + alpha_k d_k;
 * <li>g_{k+1} = grad J(theta_{k+1}); p_k = theta_{k+1} - theta_k; q_k = g_{k+1} - g_k;
 * <li>if q_k^T p_k &gt; 0, update B with (p_k, q_k); otherwise keep B as it is (the curvature
 * guard: an update without positive curvature would make B indefinite);
 * <li>k = k + 1.
 * </ol>
 * B_0 = I. The line search is called exactly once per iteration, and the gradient exactly once
 * per point: at theta_0 and at each theta_{k+1}.
 */
public interface Minimizer {

    /**
     * @param f  the objective
     * @param x0 the starting point theta_0 (not modified)
     * @return a new array: the point where the iteration stopped
     * @throws ArithmeticException if a gradient holds a NaN or an infinity
     */
    double[] minimize(Objective f, double[] x0);
}
