package nngrade.student.activations;

import nngrade.problems.activations.GatedGradients;
import nngrade.problems.activations.GatedUnit;

/**
 * The gated linear unit family: Y = g(X W + b) (.) (X V + c). Shapes: X is (n, in), W and V are
 * (in, out), b and c have length out, Y is (n, out).
 *
 * <p>Write forward and backward once here, in terms of gate and gateDerivative; each subclass (Glu,
 * Bilinear, Reglu, Geglu, Swiglu) gives its own gate g.
 */
public abstract class GatedLinearUnit implements GatedUnit {

    private final String problemId;

    /** @param problemId the catalogue id of the concrete unit, reported while this is not done */
    protected GatedLinearUnit(String problemId) {
        this.problemId = problemId;
    }

    /**
     * @param a one element of the pre-activation A = X W + b
     * @return g(a)
     */
    public abstract double gate(double a);

    /**
     * @param a one element of A
     * @return g'(a)
     */
    public abstract double gateDerivative(double a);

    /**
     * Y = g(X W + b) (.) (X V + c), with (.) the elementwise product.
     *
     * @param x X, n by in (not modified)
     * @param w W, in by out (not modified)
     * @param b b, length out (not modified)
     * @param v V, in by out (not modified)
     * @param c c, length out (not modified)
     * @return Y, n by out
     */
    @Override
    public double[][] forward(double[][] x, double[][] w, double[] b, double[][] v, double[] c) {
        checkShapes(x, w, b, v, c);
        double[][] a = project(x, w, b);
        double[][] value = project(x, v, c);
        double[][] y = new double[a.length][];
        for (int r = 0; r < a.length; r++) {
            y[r] = new double[a[r].length];
            for (int o = 0; o < a[r].length; o++) {
                y[r][o] = gate(a[r][o]) * value[r][o];
            }
        }
        return y;
    }

    /**
     * With A = X W + b and B = X V + c: dA = dY (.) B (.) g'(A) and dB = dY (.) g(A); then dW = X^T
     * dA, db = column sums of dA, dV = X^T dB, dc = column sums of dB, and dX = dA W^T + dB V^T (X
     * feeds both projections).
     *
     * @param x X, n by in (not modified)
     * @param w W, in by out (not modified)
     * @param b b, length out (not modified)
     * @param v V, in by out (not modified)
     * @param c c, length out (not modified)
     * @param dy dL/dY, n by out (not modified)
     * @return dX, dW, db, dV, dc
     */
    @Override
    public GatedGradients backward(double[][] x, double[][] w, double[] b, double[][] v,
            double[] c, double[][] dy) {
        checkShapes(x, w, b, v, c);
        requireShape(dy, x.length, b.length, "dY");
        int n = x.length;
        int out = b.length;
        int in = w.length;
        double[][] a = project(x, w, b);
        double[][] value = project(x, v, c);

        double[][] dX = new double[n][in];
        double[][] dW = new double[in][out];
        double[] db = new double[out];
        double[][] dV = new double[in][out];
        double[] dc = new double[out];

        for (int r = 0; r < n; r++) {
            for (int o = 0; o < out; o++) {
                // the two branches of the product g(A) * B
                double dA = dy[r][o] * value[r][o] * gateDerivative(a[r][o]);
                double dB = dy[r][o] * gate(a[r][o]);
                db[o] += dA;
                dc[o] += dB;
                for (int i = 0; i < in; i++) {
                    dW[i][o] += x[r][i] * dA;
                    dV[i][o] += x[r][i] * dB;
                    dX[r][i] += dA * w[i][o] + dB * v[i][o];
                }
            }
        }
        return new GatedGradients(dX, dW, db, dV, dc);
    }

    /** @return X M + bias, n by out */
    private static double[][] project(double[][] x, double[][] m, double[] bias) {
        int out = bias.length;
        double[][] p = new double[x.length][out];
        for (int r = 0; r < x.length; r++) {
            for (int o = 0; o < out; o++) {
                double s = bias[o];
                for (int i = 0; i < m.length; i++) {
                    s += x[r][i] * m[i][o];
                }
                p[r][o] = s;
            }
        }
        return p;
    }

    @Override
    public String toString() {
        return problemId;
    }

    /** The contract's shapes: X (n, in), W and V (in, out), b and c of length out; in and out from W and b. */
    private static void checkShapes(double[][] x, double[][] w, double[] b, double[][] v, double[] c) {
        requireShape(w, w.length, b.length, "W");
        requireShape(v, w.length, b.length, "V");
        requireShape(x, x.length, w.length, "X");
        if (c.length != b.length) {
            throw new IllegalArgumentException("c must have length " + b.length + ", got " + c.length);
        }
    }

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
