package nngrade.checks.quasinewton;

import nngrade.checks.support.Lazily;
import nngrade.checks.support.LinearAlgebra;

/**
 * The check that an inverse-form update is exactly the inverse of a Hessian-form one: with
 * B = H^-1, B+ H+ = I. The residual is judged normwise, the way the accuracy of a computed
 * inverse is: |(B+ H+ - I)_ij| &lt;= {@value #REL} ||B+||_inf ||H+||_inf. A correct update leaves
 * at most 4e-12 (measured over 3000 generated cases: B = H^-1 is itself rounded); a formula that
 * is not the inverse (DFP for BFGS, say) leaves a residual of order 1.
 */
final class InverseRelation {

    static final double REL = 1e-9;

    private InverseRelation() {
    }

    /** Fails unless bNext hNext = I to the tolerance. */
    static void assertInverse(String what, double[][] bNext, double[][] hNext) {
        int n = hNext.length;
        double[][] product = LinearAlgebra.times(bNext, hNext);
        double allowed = REL * infinityNorm(bNext) * infinityNorm(hNext);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int r = i;
                int s = j;
                Lazily.near(() -> what + ": (B+ H+)[" + r + "][" + s + "]", r == s ? 1 : 0, product[i][j],
                        0, allowed);
            }
        }
    }

    /** @return max_i sum_j |m_ij| */
    private static double infinityNorm(double[][] m) {
        double norm = 0;
        for (double[] row : m) {
            double s = 0;
            for (double v : row) {
                s += Math.abs(v);
            }
            norm = Math.max(norm, s);
        }
        return norm;
    }
}
