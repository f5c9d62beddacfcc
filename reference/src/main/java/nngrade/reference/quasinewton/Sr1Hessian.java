package nngrade.reference.quasinewton;

/**
 * qn.sr1_hessian, the notes' rank-one update of the Hessian approximation:
 * H+ = H + v v^T/(v^T p) with v = q - H p, so that H+ p = H p + v = q. Choosing v itself as the
 * second factor of the rank-one term keeps H+ symmetric.
 */
public class Sr1Hessian extends SymmetricRankOne {

    /** @param skipTolerance skip the update when |v^T p| &lt;= skipTolerance ||v|| ||p|| */
    public Sr1Hessian(double skipTolerance) {
        super(skipTolerance);
    }

    /**
     * @param h H, symmetric (not modified)
     * @param p the step (not modified)
     * @param q the change of the gradient (not modified)
     * @return H+, or a copy of H where the update is skipped
     * @throws IllegalArgumentException if p or q is not finite
     */
    @Override
    public double[][] update(double[][] h, double[] p, double[] q) {
        Finite.require(p, "p");
        Finite.require(q, "q");
        return rankOne(h, Dense.column(p), Dense.column(q));
    }
}
