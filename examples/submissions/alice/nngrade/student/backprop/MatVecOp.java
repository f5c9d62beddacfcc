package nngrade.student.backprop;

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
        requireShape(w, w.length, x.length, "W");
        double[] q = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            double[] row = w[i];
            double acc = 0.0;
            for (int j = 0; j < x.length; j++) {
                acc += row[j] * x[j];
            }
            q[i] = acc;
        }
        return q;
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
        requireShape(w, dq.length, x.length, "W");
        int m = w.length;
        int n = x.length;
        double[][] dW = new double[m][n];
        double[] dx = new double[n];
        // one sweep over the rows of W: row i contributes dq_i x^T to dW and dq_i W_i to dx
        for (int i = 0; i < m; i++) {
            double g = dq[i];
            for (int j = 0; j < n; j++) {
                dW[i][j] = g * x[j];
                dx[j] += g * w[i][j];
            }
        }
        return new MatVecGradients(dW, dx);
    }

    /** @throws IllegalArgumentException unless m is rows by columns (the contract's shapes) */
    private static void requireShape(double[][] m, int rows, int columns, String name) {
        if (m.length != rows) {
            throw new IllegalArgumentException(name + " must have " + rows + " rows, got " + m.length);
        }
        for (double[] row : m) {
            if (row.length != columns) {
                throw new IllegalArgumentException(name + " must have " + columns + " columns, got a row of " + row.length);
            }
        }
    }
}
