package nngrade.student.quasinewton;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.quasinewton.RankOneInverse;

/**
 * la.sherman_morrison: (A + u v^T)^-1 = A^-1 - A^-1 u v^T A^-1/(1 + v^T A^-1 u).
 *
 * <p>Careful: the notes' first statement of the formula has the wrong signs (+ before the
 * fraction, 1 - v^T A^-1 u below it); the proof under it, and the formula above, are right.
 */
public class ShermanMorrison implements RankOneInverse {

    /**
     * Compute it in O(n^2): A^-1 u, v^T A^-1, then one outer product; no matrix inversion.
     *
     * @param aInverse A^-1 (not modified)
     * @param u        u (not modified)
     * @param v        v (not modified)
     * @return a new array (A + u v^T)^-1
     * @throws ArithmeticException if 1 + v^T A^-1 u = 0 (A + u v^T is singular)
     */
    @Override
    public double[][] inverseAfterUpdate(double[][] aInverse, double[] u, double[] v) {
        throw new NotImplementedYet("la.sherman_morrison");
    }
}
