package nngrade.student.quasinewton;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.quasinewton.SecantUpdate;

/**
 * qn.dfp_inverse: B+ = B + p p^T/(p^T q) - B q q^T B/(q^T B q) (the notes' "Inverse Hessian
 * update", which is DFP, not BFGS).
 *
 * <p>Secant equation: B+ q = p. Skip the update (return a copy of B) unless q^T p &gt; 0.
 */
public class DfpInverse implements SecantUpdate {

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
        throw new NotImplementedYet("qn.dfp_inverse");
    }
}
