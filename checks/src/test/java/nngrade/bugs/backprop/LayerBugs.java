package nngrade.bugs.backprop;

import nngrade.problems.backprop.AffineGradients;
import nngrade.problems.backprop.MatVecGradients;
import nngrade.reference.backprop.AffineLayer;
import nngrade.reference.backprop.MatVecOp;
import nngrade.reference.backprop.SimpleExample;

/** One-mistake vector operations, layers and worked examples. */
public final class LayerBugs {

    private LayerBugs() {
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
            return new double[] {v[2], v[2], v[0]};
        }
    }
}
