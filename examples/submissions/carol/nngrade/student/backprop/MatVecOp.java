package nngrade.student.backprop;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.backprop.MatVec;
import nngrade.problems.backprop.MatVecGradients;

/**
 * op.matvec: q = W x, with W of shape (m, n) and x of length n.
 */
public class MatVecOp implements MatVec {

    /**
     * q_i = sum_j W_ij x_j.
     *
     * @param w W, m by n (not modified)
     * @param x x, length n (not modified)
     * @return q, length m
     */
    @Override
    public double[] forward(double[][] w, double[] x) {
        throw new NotImplementedYet("op.matvec");
    }

    /**
     * dW = dq x^T (dW_ij = dq_i x_j) and dx = W^T dq (dx_j = sum_i W_ij dq_i).
     *
     * @param w W, m by n (not modified)
     * @param x x, length n (not modified)
     * @param dq dL/dq, length m (not modified)
     * @return dW (m by n) and dx (length n)
     */
    @Override
    public MatVecGradients backward(double[][] w, double[] x, double[] dq) {
        throw new NotImplementedYet("op.matvec");
    }
}
