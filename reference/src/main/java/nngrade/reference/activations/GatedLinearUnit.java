package nngrade.reference.activations;

import nngrade.problems.activations.GatedGradients;
import nngrade.problems.activations.GatedUnit;
import nngrade.reference.Matrices;
import nngrade.reference.Shapes;

/**
 * The gated linear unit family: Y = g(A) (.) B with A = X W + b and B = X V + c, (.) the
 * elementwise product. A subclass names the gate g and its derivative; this class does the
 * algebra common to all of them.
 *
 * <p>Shapes: X is (n, in), W and V are (in, out), b and c have length out, Y is (n, out).
 *
 * <p>Backward, by the product rule then the chain rule through each projection:
 * dA = dY (.) B (.) g'(A), dB = dY (.) g(A); then, as for any affine map, dW = X^T dA,
 * db = column sums of dA, dV = X^T dB, dc = column sums of dB, and X, used by both projections
 * (fan-out), gets the sum dX = dA W^T + dB V^T.
 */
public abstract class GatedLinearUnit implements GatedUnit {

    /**
     * @param a one element of the gate's pre-activation A = X W + b
     * @return g(a)
     */
    public abstract double gate(double a);

    /**
     * @param a one element of A
     * @return g'(a) (at a kink, a subgradient; the subclass says which)
     */
    public abstract double gateDerivative(double a);

    /**
     * @param x X, n by in (not modified)
     * @param w W, in by out (not modified)
     * @param b b, length out (not modified)
     * @param v V, in by out (not modified)
     * @param c c, length out (not modified)
     * @return Y = g(X W + b) (.) (X V + c), n by out
     */
    @Override
    public double[][] forward(double[][] x, double[][] w, double[] b, double[][] v, double[] c) {
        checkShapes(x, w, b, v, c);
        double[][] a = project(x, w, b);
        double[][] y = project(x, v, c); // B, turned into Y in place below
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < b.length; j++) {
                y[i][j] *= gate(a[i][j]);
            }
        }
        return y;
    }

    /**
     * @param x  X, n by in (not modified)
     * @param w  W, in by out (not modified)
     * @param b  b, length out (not modified)
     * @param v  V, in by out (not modified)
     * @param c  c, length out (not modified)
     * @param dy dL/dY, n by out (not modified)
     * @return dX (n by in), dW (in by out), db (out), dV (in by out), dc (out)
     */
    @Override
    public GatedGradients backward(double[][] x, double[][] w, double[] b, double[][] v,
            double[] c, double[][] dy) {
        checkShapes(x, w, b, v, c);
        int in = w.length;
        int out = b.length;
        Shapes.requireShape(dy, x.length, out, "dY");
        double[][] a = project(x, w, b);
        double[][] bProj = project(x, v, c);
        double[][] dA = new double[x.length][out];
        double[][] dB = new double[x.length][out];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < out; j++) {
                dA[i][j] = dy[i][j] * bProj[i][j] * gateDerivative(a[i][j]);
                dB[i][j] = dy[i][j] * gate(a[i][j]);
            }
        }
        double[][] dX = Matrices.multiplyTransposed(dA, w, in);
        double[][] dXviaV = Matrices.multiplyTransposed(dB, v, in);
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < in; k++) {
                dX[i][k] += dXviaV[i][k]; // X feeds both projections: the gradients add up
            }
        }
        return new GatedGradients(dX,
                Matrices.transposeMultiply(x, dA, in, out), Matrices.columnSums(dA, out),
                Matrices.transposeMultiply(x, dB, in, out), Matrices.columnSums(dB, out));
    }

    /** @return X M + m, a new n by out matrix */
    private static double[][] project(double[][] x, double[][] m, double[] bias) {
        double[][] p = Matrices.multiply(x, m, bias.length);
        Matrices.addToEveryRow(p, bias);
        return p;
    }

    private static void checkShapes(double[][] x, double[][] w, double[] b, double[][] v,
            double[] c) {
        int in = w.length;
        int out = b.length;
        Shapes.requireShape(w, in, out, "W");
        Shapes.requireShape(v, in, out, "V");
        Shapes.requireLength(c, out, "c");
        Shapes.requireShape(x, x.length, in, "X");
    }
}
