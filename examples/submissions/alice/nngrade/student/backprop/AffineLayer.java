package nngrade.student.backprop;

import nngrade.problems.backprop.Affine;
import nngrade.problems.backprop.AffineGradients;

/**
 * layer.affine: y = W x + b for every row x of a batch X, that is Y = X W^T + b. X is (n, in), W is
 * (out, in) as in torch.nn.Linear, b has length out.
 */
public class AffineLayer implements Affine {

    /**
     * @param x X, n by in (not modified)
     * @param w W, out by in (not modified)
     * @param b b, length out (not modified)
     * @return Y = X W^T + b, n by out
     */
    @Override
    public double[][] forward(double[][] x, double[][] w, double[] b) {
        checkShapes(x, w, b);
        int out = b.length;
        double[][] y = new double[x.length][out];
        for (int r = 0; r < x.length; r++) {
            for (int o = 0; o < out; o++) {
                y[r][o] = dot(x[r], w[o]) + b[o];
            }
        }
        return y;
    }

    /**
     * dX = dY W, dW = dY^T X (summed over the batch), db = the column sums of dY.
     *
     * @param x X, n by in (not modified)
     * @param w W, out by in (not modified)
     * @param b b, length out (not modified)
     * @param dy dL/dY, n by out (not modified)
     * @return dX (n by in), dW (out by in), db (out)
     */
    @Override
    public AffineGradients backward(double[][] x, double[][] w, double[] b, double[][] dy) {
        checkShapes(x, w, b);
        requireShape(dy, x.length, b.length, "dY");
        int n = x.length;
        int out = b.length;
        int in = w[0].length; // checkShapes: out >= 1
        double[][] dX = new double[n][in];
        double[][] dW = new double[out][in];
        double[] db = new double[out];
        // every example r and output o: y[r][o] = w[o] . x[r] + b[o]
        for (int r = 0; r < n; r++) {
            for (int o = 0; o < out; o++) {
                double g = dy[r][o];
                db[o] += g;
                for (int i = 0; i < in; i++) {
                    dW[o][i] += g * x[r][i];
                    dX[r][i] += g * w[o][i];
                }
            }
        }
        return new AffineGradients(dX, dW, db);
    }

    private static double dot(double[] a, double[] c) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * c[i];
        }
        return s;
    }

    /** The contract's shapes: W (out, in) with out from b, X (n, in); n, in and out at least 1. */
    private static void checkShapes(double[][] x, double[][] w, double[] b) {
        if (b.length == 0 || w.length == 0 || w[0].length == 0 || x.length == 0) {
            throw new IllegalArgumentException("n, in and out must be at least 1: X has " + x.length
                    + " rows, W " + w.length + " rows, b " + b.length + " entries");
        }
        int in = w[0].length;
        requireShape(w, b.length, in, "W");
        requireShape(x, x.length, in, "X");
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
