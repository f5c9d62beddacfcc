package nngrade.student.quasinewton;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.quasinewton.SecondOrderStep;

/**
 * newton.step: theta+ = theta - H^-1 grad, the minimizer of the second-order Taylor model
 * J(theta) + grad^T s + (1/2) s^T H s. On a quadratic, one step lands on the minimizer.
 */
public class NewtonStep implements SecondOrderStep {

    /**
     * Solve H s = grad (Gaussian elimination with partial pivoting; do not invert H) and return
     * theta - s.
     *
     * @param theta    the current point (not modified)
     * @param gradient grad J(theta) (not modified)
     * @param hessian  H, symmetric, not necessarily positive definite (not modified)
     * @return a new array theta - H^-1 grad
     * @throws IllegalArgumentException if theta or the gradient holds a NaN or an infinity
     * @throws ArithmeticException      if H is singular (a zero pivot, or a solution that is not
     *                                  finite)
     */
    @Override
    public double[] step(double[] theta, double[] gradient, double[][] hessian) {
        throw new NotImplementedYet("newton.step");
    }
}
