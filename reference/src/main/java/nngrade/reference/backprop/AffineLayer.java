package nngrade.reference.backprop;

import nngrade.problems.backprop.Affine;
import nngrade.problems.backprop.AffineGradients;
import nngrade.reference.Matrices;
import nngrade.reference.Shapes;

/**
 * layer.affine: the fully-connected layer y = W x + b applied to every row x of a batch X, that
 * is Y = X W^T + b, with W of shape (out, in) as in torch.nn.Linear.
 *
 * <p>Gradients, from Y_ni = sum_j X_nj W_ij + b_i: dX = dY W, dW = dY^T X (summed over the
 * batch), db = the column sums of dY (b is added to every row).
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
        double[][] y = Matrices.multiplyTransposed(x, w, b.length);
        Matrices.addToEveryRow(y, b);
        return y;
    }

    /**
     * @param x  X, n by in (not modified)
     * @param w  W, out by in (not modified)
     * @param b  b, length out (not modified)
     * @param dy dL/dY, n by out (not modified)
     * @return dX = dY W (n by in), dW = dY^T X (out by in), db = column sums of dY (out)
     */
    @Override
    public AffineGradients backward(double[][] x, double[][] w, double[] b, double[][] dy) {
        int in = checkShapes(x, w, b);
        int out = b.length;
        Shapes.requireShape(dy, x.length, out, "dY");
        double[][] dX = Matrices.multiply(dy, w, in);
        double[][] dW = Matrices.transposeMultiply(dy, x, out, in);
        double[] db = Matrices.columnSums(dy, out);
        return new AffineGradients(dX, dW, db);
    }

    /** @return in, after checking W is (out, in) with out = b.length and X is (n, in) */
    private static int checkShapes(double[][] x, double[][] w, double[] b) {
        int in = w.length == 0 ? (x.length == 0 ? 0 : x[0].length) : w[0].length;
        Shapes.requireShape(w, b.length, in, "W");
        Shapes.requireShape(x, x.length, in, "X");
        return in;
    }
}
