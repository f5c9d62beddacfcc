package nngrade.problems.quasinewton;

/**
 * la.sherman_morrison: the inverse of a rank-one update of a matrix whose inverse is known,
 * (A + u v^T)^-1 = A^-1 - A^-1 u v^T A^-1 / (1 + v^T A^-1 u), in O(n^2) instead of O(n^3).
 *
 * <p>Beware: the first statement of the formula in the notes has the wrong signs (a + before the
 * fraction and 1 - v^T A^-1 u below it); the proof under it is right, and so is the formula
 * above.
 */
public interface RankOneInverse {

    /**
     * @param aInverse A^-1, n by n, not necessarily symmetric (not modified)
     * @param u        length n (not modified)
     * @param v        length n (not modified)
     * @return a new n by n array (A + u v^T)^-1
     * @throws ArithmeticException if 1 + v^T A^-1 u = 0, that is if A + u v^T is singular
     */
    double[][] inverseAfterUpdate(double[][] aInverse, double[] u, double[] v);
}
