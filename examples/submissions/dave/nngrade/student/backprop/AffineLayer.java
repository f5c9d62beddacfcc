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
        int n = x.length;
        int out = b.length;
        int in = out > 0 ? w[0].length : (n > 0 ? x[0].length : 0);
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
}
