package nngrade.reference.backprop;

import nngrade.problems.backprop.MatVec;
import nngrade.problems.backprop.MatVecGradients;
import nngrade.reference.Matrices;
import nngrade.reference.Shapes;

/**
 * op.matvec: q = W x, the notes' vectorized example. Since q_i = sum_j W_ij x_j,
 * dL/dW_ij = dq_i x_j (dW = dq x^T) and dL/dx_j = sum_i W_ij dq_i (dx = W^T dq). Each gradient
 * has the shape of the variable it is the gradient of.
 */
public class MatVecOp implements MatVec {

    /**
     * @param w W, m by n (not modified)
     * @param x x, length n (not modified)
     * @return q = W x, length m
     */
    @Override
    public double[] forward(double[][] w, double[] x) {
        Shapes.requireShape(w, w.length, x.length, "W");
        double[] q = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            q[i] = Matrices.dot(w[i], x);
        }
        return q;
    }

    /**
     * @param w  W, m by n (not modified)
     * @param x  x, length n (not modified)
     * @param dq dL/dq, length m (not modified)
     * @return dW = dq x^T (m by n) and dx = W^T dq (length n)
     */
    @Override
    public MatVecGradients backward(double[][] w, double[] x, double[] dq) {
        Shapes.requireShape(w, dq.length, x.length, "W");
        double[][] dW = new double[w.length][x.length];
        double[] dx = new double[x.length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < x.length; j++) {
                dW[i][j] = dq[i] * x[j];
                dx[j] += w[i][j] * dq[i];
            }
        }
        return new MatVecGradients(dW, dx);
    }
}
