package nngrade.student.quasinewton;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.quasinewton.SecantUpdate;

/**
 * qn.bfgs_hessian: H+ = H + q q^T/(q^T p) - H p p^T H/(p^T H p).
 *
 * <p>Secant equation: H+ p = q. Skip the update (return a copy of H) unless q^T p &gt; 0. H+
 * stays symmetric positive definite when H is and q^T p &gt; 0.
 */
public class BfgsHessian implements SecantUpdate {

    /**
     * @param matrix H n by n, symmetric positive definite (not modified)
     * @param p      the step theta_{k+1} - theta_k (not modified)
     * @param q      the change of the gradient (not modified)
     * @return a new n by n array: the updated matrix, or a copy of the matrix where the update is
     *     skipped
     * @throws IllegalArgumentException if p or q holds a NaN or an infinity
     */
    @Override
    public double[][] update(double[][] matrix, double[] p, double[] q) {
        throw new NotImplementedYet("qn.bfgs_hessian");
    }
}
