package nngrade.bugs.backprop;

import nngrade.problems.backprop.Affine;
import nngrade.problems.backprop.AffineGradients;
import nngrade.problems.backprop.MatVec;
import nngrade.problems.backprop.MatVecGradients;
import nngrade.reference.backprop.AffineLayer;
import nngrade.reference.backprop.MatVecOp;
import nngrade.reference.backprop.SimpleExample;

/** One-mistake vector operations, layers and worked examples. */
public final class LayerBugs {

    private LayerBugs() {
    }

    /** q = W x with its gradients, right in every value, that never compares W's shape with x's or dq's. */
    public static final class MatVecWithoutShapeCheck implements MatVec {
        @Override
        public double[] forward(double[][] w, double[] x) {
            double[] q = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                for (int j = 0; j < x.length; j++) {
                    q[i] += w[i][j] * x[j];
                }
            }
            return q;
        }

        @Override
        public MatVecGradients backward(double[][] w, double[] x, double[] dq) {
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

    /** Y = X W^T + b with its gradients, right in every value, that never compares the shapes. */
    public static final class AffineWithoutShapeCheck implements Affine {
        @Override
        public double[][] forward(double[][] x, double[][] w, double[] b) {
            double[][] y = new double[x.length][b.length];
            for (int r = 0; r < x.length; r++) {
                for (int o = 0; o < b.length; o++) {
                    y[r][o] = b[o];
                    for (int i = 0; i < x[r].length; i++) {
                        y[r][o] += x[r][i] * w[o][i];
                    }
                }
            }
            return y;
        }

        @Override
        public AffineGradients backward(double[][] x, double[][] w, double[] b, double[][] dy) {
            int in = x.length == 0 ? 0 : x[0].length;
            double[][] dX = new double[x.length][in];
            double[][] dW = new double[b.length][in];
            double[] db = new double[b.length];
            for (int r = 0; r < x.length; r++) {
                for (int o = 0; o < b.length; o++) {
                    db[o] += dy[r][o];
                    for (int i = 0; i < in; i++) {
                        dX[r][i] += dy[r][o] * w[o][i];
                        dW[o][i] += dy[r][o] * x[r][i];
                    }
                }
            }
            return new AffineGradients(dX, dW, db);
        }
    }

    /** (x + y) z and its gradient, right in every value, at a point of any length. */
    public static final class SimpleExampleWithoutLengthCheck extends SimpleExample {
        @Override
        public double value(double[] v) {
            return (v[0] + v[1]) * v[2];
        }

        @Override
        public double[] gradient(double[] v) {
            return new double[] {v[2], v[2], v[0] + v[1]};
        }
    }

    /** dW computed as x dq^T, the transpose of dq x^T (n x m instead of m x n). */
    public static final class MatVecDwTransposed extends MatVecOp {
        @Override
        public MatVecGradients backward(double[][] w, double[] x, double[] dq) {
            MatVecGradients right = super.backward(w, x, dq);
            double[][] dW = new double[x.length][dq.length];
            for (int j = 0; j < x.length; j++) {
                for (int i = 0; i < dq.length; i++) {
                    dW[j][i] = x[j] * dq[i];
                }
            }
            return new MatVecGradients(dW, right.dx());
        }
    }

    /** db taken from the first row of dY instead of summed over the batch. */
    public static final class AffineDbFirstRow extends AffineLayer {
        @Override
        public AffineGradients backward(double[][] x, double[][] w, double[] b, double[][] dy) {
            AffineGradients right = super.backward(x, w, b, dy);
            return new AffineGradients(right.dX(), right.dW(), dy[0].clone());
        }
    }

    /** (x + y) z with df/dz written as x instead of x + y. */
    public static final class SimpleExampleDzIsX extends SimpleExample {
        @Override
        public double[] gradient(double[] v) {
            if (v.length != 3) {
                throw new IllegalArgumentException("v = (x, y, z) has 3 coordinates, got " + v.length);
            }
            return new double[] {v[2], v[2], v[0]};
        }
    }
}
