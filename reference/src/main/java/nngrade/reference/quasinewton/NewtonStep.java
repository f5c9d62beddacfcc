package nngrade.reference.quasinewton;

import nngrade.problems.quasinewton.SecondOrderStep;
import org.ejml.data.SingularMatrixException;
import org.ejml.simple.SimpleMatrix;

/**
 * newton.step: the minimizer of the second-order Taylor model
 * J(theta + s) ~ J(theta) + grad^T s + (1/2) s^T H s is where its gradient grad + H s vanishes,
 * so s = -H^-1 grad and theta+ = theta - H^-1 grad. On a quadratic the model is exact and one
 * step lands on the minimizer.
 *
 * <p>H^-1 is never formed: H s = grad is solved by LU decomposition (EJML), which is cheaper and
 * more accurate than inverting.
 */
public class NewtonStep implements SecondOrderStep {

    /**
     * @param theta    the current point (not modified)
     * @param gradient grad J(theta) (not modified)
     * @param hessian  H, symmetric (not modified)
     * @return theta - H^-1 grad, a new array
     * @throws IllegalArgumentException if theta or the gradient is not finite
     * @throws ArithmeticException      if H is singular
     */
    @Override
    public double[] step(double[] theta, double[] gradient, double[][] hessian) {
        Finite.require(theta, "theta");
        Finite.require(gradient, "gradient");
        SimpleMatrix s = solve(Dense.matrix(hessian), Dense.column(gradient));
        double[] next = new double[theta.length];
        for (int i = 0; i < next.length; i++) {
            next[i] = theta[i] - s.get(i, 0);
        }
        return next;
    }

    /** @return s with H s = g; ArithmeticException where EJML finds H singular */
    private static SimpleMatrix solve(SimpleMatrix h, SimpleMatrix g) {
        try {
            return h.solve(g);
        } catch (SingularMatrixException e) {
            throw new ArithmeticException("the Hessian is singular: H s = grad has no unique solution");
        }
    }
}
