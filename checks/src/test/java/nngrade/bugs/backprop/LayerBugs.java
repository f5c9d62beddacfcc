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

    /**
     * Y = X W^T + b with its gradients, right in every value, that never compares the shapes; it
     * rejects empty ones (the contract's other rule), so the comparison is all it misses.
     */
    public static final class AffineWithoutShapeCheck implements Affine {
        @Override
        public double[][] forward(double[][] x, double[][] w, double[] b) {
            rejectEmpty(x, w, b);
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
            rejectEmpty(x, w, b);
            int in = x[0].length;
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

    /**
     * Y = X W^T + b with its gradients, right in every value and rejecting shapes that disagree,
     * that takes empty shapes as the well-defined edge cases they are in arithmetic (a batch of no
     * row, a layer of no input or no output) instead of rejecting them as the contract says.
     */
    public static final class AffineAcceptingEmptyShapes implements Affine {
        @Override
        public double[][] forward(double[][] x, double[][] w, double[] b) {
            int in = agreedInputs(x, w, b);
            double[][] y = new double[x.length][b.length];
            for (int r = 0; r < x.length; r++) {
                for (int o = 0; o < b.length; o++) {
                    double sum = b[o];
                    for (int i = 0; i < in; i++) {
                        sum += w[o][i] * x[r][i];
                    }
                    y[r][o] = sum;
                }
            }
            return y;
        }

        @Override
        public AffineGradients backward(double[][] x, double[][] w, double[] b, double[][] dy) {
            int in = agreedInputs(x, w, b);
            if (dy.length != x.length) {
                throw new IllegalArgumentException("dY has " + dy.length + " rows, X " + x.length);
            }
            double[][] dX = new double[x.length][in];
            double[][] dW = new double[b.length][in];
            double[] db = new double[b.length];
            for (int r = 0; r < x.length; r++) {
                if (dy[r].length != b.length) {
                    throw new IllegalArgumentException("a row of dY has " + dy[r].length + " entries, b " + b.length);
                }
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

        /** @return in, read from W (from X if W has no row, 0 if neither has one) after the rows agree */
        private static int agreedInputs(double[][] x, double[][] w, double[] b) {
            if (w.length != b.length) {
                throw new IllegalArgumentException("W has " + w.length + " rows, b " + b.length + " entries");
            }
            int in = w.length > 0 ? w[0].length : x.length > 0 ? x[0].length : 0;
            for (double[][] m : new double[][][] {w, x}) {
                for (double[] row : m) {
                    if (row.length != in) {
                        throw new IllegalArgumentException("a row of " + row.length + " entries where in is " + in);
                    }
                }
            }
            return in;
        }
    }

    /** @throws IllegalArgumentException if n, in or out is 0 (W without a column, say) */
    private static void rejectEmpty(double[][] x, double[][] w, double[] b) {
        if (x.length == 0 || b.length == 0 || w.length == 0 || w[0].length == 0) {
            throw new IllegalArgumentException("n, in and out must be at least 1");
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
