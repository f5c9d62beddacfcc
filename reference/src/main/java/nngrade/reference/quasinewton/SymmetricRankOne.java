package nngrade.reference.quasinewton;

import nngrade.problems.quasinewton.SecantUpdate;
import org.ejml.simple.SimpleMatrix;

/**
 * The symmetric rank-one update M+ = M + v v^T/(v^T x), v = y - M x, which makes M+ x = y: the
 * notes' H+ p = q with (M, x, y) = (H, p, q), and B+ q = p with (M, x, y) = (B, q, p).
 *
 * <p>The denominator v^T x can vanish or be tiny even when the secant pair is fine, so the update
 * is skipped (a copy of M returned) when |v^T x| &lt;= r ||v|| ||x|| (Nocedal and Wright, eq.
 * 6.26); that covers v = 0, where M already satisfies the secant equation, and x = 0.
 */
abstract class SymmetricRankOne implements SecantUpdate {

    private final double skipTolerance;

    /** @param skipTolerance r of the skip rule */
    protected SymmetricRankOne(double skipTolerance) {
        this.skipTolerance = skipTolerance;
    }

    /**
     * @param m M (not modified)
     * @param x the vector M+ must map to y (not modified)
     * @param y the image (not modified)
     * @return M + v v^T/(v^T x) with v = y - M x, or a copy of M where the update is skipped
     */
    protected double[][] rankOne(double[][] m, SimpleMatrix x, SimpleMatrix y) {
        SimpleMatrix mm = Dense.matrix(m);
        SimpleMatrix v = y.minus(mm.mult(x));
        double vx = v.dot(x);
        if (Math.abs(vx) <= skipTolerance * v.normF() * x.normF()) {
            return Dense.copy(m);
        }
        return Dense.symmetrized(mm.plus(v.mult(v.transpose()).divide(vx)));
    }
}
