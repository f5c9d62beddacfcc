package nngrade.reference.quasinewton;

import nngrade.problems.quasinewton.RankOneInverse;
import org.ejml.simple.SimpleMatrix;

/**
 * la.sherman_morrison: (A + u v^T)^-1 = A^-1 - A^-1 u v^T A^-1/(1 + v^T A^-1 u).
 *
 * <p>Proof, as in the notes: multiplying A + u v^T by the right-hand side gives
 * I + u v^T A^-1 - u (1 + v^T A^-1 u) v^T A^-1/(1 + v^T A^-1 u) = I. The notes' first statement
 * of the formula, with + before the fraction and 1 - v^T A^-1 u below it, is a typo. When
 * 1 + v^T A^-1 u = 0 the updated matrix is singular (A^-1 u is in its null space).
 *
 * <p>Cost O(n^2): two matrix-vector products and an outer product, no factorization.
 */
public class ShermanMorrison implements RankOneInverse {

    /**
     * @param aInverse A^-1 (not modified)
     * @param u        u (not modified)
     * @param v        v (not modified)
     * @return (A + u v^T)^-1, a new array
     * @throws ArithmeticException if 1 + v^T A^-1 u = 0
     */
    @Override
    public double[][] inverseAfterUpdate(double[][] aInverse, double[] u, double[] v) {
        SimpleMatrix ai = Dense.matrix(aInverse);
        SimpleMatrix uc = Dense.column(u);
        SimpleMatrix vc = Dense.column(v);
        SimpleMatrix aiu = ai.mult(uc); // A^-1 u
        SimpleMatrix vtai = vc.transpose().mult(ai); // v^T A^-1
        double denominator = 1 + vc.dot(aiu);
        if (denominator == 0) {
            throw new ArithmeticException("1 + v^T A^-1 u = 0: A + u v^T is singular");
        }
        return ai.minus(aiu.mult(vtai).divide(denominator)).toArray2();
    }
}
