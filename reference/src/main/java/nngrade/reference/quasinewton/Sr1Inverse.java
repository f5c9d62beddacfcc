package nngrade.reference.quasinewton;

/**
 * qn.sr1_inverse, the rank-one update written for B = H^-1 directly: since H p = q is B q = p,
 * B+ = B + w w^T/(w^T q) with w = p - B q, so that B+ q = B q + w = p. SR1 is its own dual: when
 * B = H^-1, this B+ is exactly the inverse of the qn.sr1_hessian H+.
 */
public class Sr1Inverse extends SymmetricRankOne {

    /** @param skipTolerance skip the update when |w^T q| &lt;= skipTolerance ||w|| ||q|| */
    public Sr1Inverse(double skipTolerance) {
        super(skipTolerance);
    }

    /**
     * @param b B, symmetric (not modified)
     * @param p the step (not modified)
     * @param q the change of the gradient (not modified)
     * @return B+, or a copy of B where the update is skipped
     * @throws IllegalArgumentException if p or q is not finite
     */
    @Override
    public double[][] update(double[][] b, double[] p, double[] q) {
        Finite.require(p, "p");
        Finite.require(q, "q");
        return rankOne(b, Dense.column(q), Dense.column(p));
    }
}
