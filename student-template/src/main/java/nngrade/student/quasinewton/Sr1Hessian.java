package nngrade.student.quasinewton;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.quasinewton.SecantUpdate;

/**
 * qn.sr1_hessian: H+ = H + v v^T/(v^T p) with v = q - H p.
 *
 * <p>Secant equation: H+ p = q. Skip the update (return a copy of H) when |v^T p| &lt;=
 * skipTolerance ||v|| ||p||: that covers v = 0 and p = 0.
 */
public class Sr1Hessian implements SecantUpdate {

    private final double skipTolerance;

    /** @param skipTolerance r of the skip rule */
    public Sr1Hessian(double skipTolerance) {
        this.skipTolerance = skipTolerance;
    }

    /**
     * @param matrix H, n by n, symmetric (not modified)
     * @param p      the step theta_{k+1} - theta_k (not modified)
     * @param q      the change of the gradient (not modified)
     * @return a new n by n array: the updated matrix, or a copy of the matrix where the update is
     *     skipped
     * @throws IllegalArgumentException if p or q holds a NaN or an infinity
     */
    @Override
    public double[][] update(double[][] matrix, double[] p, double[] q) {
        throw new NotImplementedYet("qn.sr1_hessian");
    }
}
