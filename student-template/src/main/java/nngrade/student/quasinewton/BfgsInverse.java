package nngrade.student.quasinewton;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.quasinewton.SecantUpdate;

/**
 * qn.bfgs_inverse: B+ = (I - p q^T/(q^T p)) B (I - q p^T/(q^T p)) + p p^T/(q^T p).
 *
 * <p>Secant equation: B+ q = p. Skip the update (return a copy of B) unless q^T p &gt; 0. B+
 * stays symmetric positive definite when B is and q^T p &gt; 0, and when B = H^-1 it is exactly
 * the inverse of the qn.bfgs_hessian H+.
 */
public class BfgsInverse implements SecantUpdate {

    /**
     * @param matrix B n by n, symmetric positive definite (not modified)
     * @param p      the step theta_{k+1} - theta_k (not modified)
     * @param q      the change of the gradient (not modified)
     * @return a new n by n array: the updated matrix, or a copy of the matrix where the update is
     *     skipped
     * @throws IllegalArgumentException if p or q holds a NaN or an infinity
     */
    @Override
    public double[][] update(double[][] matrix, double[] p, double[] q) {
        throw new NotImplementedYet("qn.bfgs_inverse");
    }
}
