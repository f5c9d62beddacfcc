package nngrade.student.quasinewton;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.quasinewton.SecantUpdate;

/**
 * qn.sr1_inverse: B+ = B + w w^T/(w^T q) with w = p - B q.
 *
 * <p>Secant equation: B+ q = p. Skip the update (return a copy of B) when |w^T q| &lt;=
 * skipTolerance ||w|| ||q||: that covers w = 0 and q = 0.
 */
public class Sr1Inverse implements SecantUpdate {

    private final double skipTolerance;

    /** @param skipTolerance r of the skip rule */
    public Sr1Inverse(double skipTolerance) {
        this.skipTolerance = skipTolerance;
    }

    /**
     * @param matrix B, n by n, symmetric (not modified)
     * @param p      the step theta_{k+1} - theta_k (not modified)
     * @param q      the change of the gradient (not modified)
     * @return a new n by n array: the updated matrix, or a copy of the matrix where the update is
     *     skipped
     * @throws IllegalArgumentException if p or q holds a NaN or an infinity
     */
    @Override
    public double[][] update(double[][] matrix, double[] p, double[] q) {
        throw new NotImplementedYet("qn.sr1_inverse");
    }
}
