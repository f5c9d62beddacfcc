package nngrade.problems.backprop;

/**
 * op.matvec: q = W x, with W of shape (m, n) and x of length n.
 *
 * <p>Shapes: W has rows of x's length (forward), and as many rows as dq has entries (backward);
 * anything else, ragged rows included, is IllegalArgumentException.
 */
public interface MatVec {

    /** @return q = W x, length m; W and x not modified */
    double[] forward(double[][] w, double[] x);

    /**
     * @param dq dL/dq, length m
     * @return dW = dq x^T (m by n) and dx = W^T dq (length n)
     */
    MatVecGradients backward(double[][] w, double[] x, double[] dq);
}
