package nngrade.problems.quasinewton;

/**
 * newton.step: one step of Newton's method, theta+ = theta - H^-1 grad, the stationary point of
 * the second-order Taylor model J(theta) + grad^T s + (1/2) s^T H s: its minimizer when H is
 * positive definite (on a quadratic, the exact minimizer in one step), a saddle point of the
 * model when H is indefinite. H only has to be nonsingular.
 */
public interface SecondOrderStep {

    /**
     * Solves H s = grad and returns theta - s; do not form H^-1 explicitly.
     *
     * @param theta    the current point, length n (not modified)
     * @param gradient grad J(theta), length n (not modified)
     * @param hessian  H, n by n and symmetric, not necessarily positive definite (not modified)
     * @return a new array theta - H^-1 grad
     * @throws IllegalArgumentException if theta or the gradient holds a NaN or an infinity
     * @throws ArithmeticException      if H is singular: elimination meets a zero pivot, or the
     *                                  solution is not finite
     */
    double[] step(double[] theta, double[] gradient, double[][] hessian);
}
