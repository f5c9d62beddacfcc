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

    /**
     * @param x X (not modified)
     * @param w W (not modified)
     * @param b b (not modified)
     * @return in, after checking out = b.length, n and in are at least 1, W is (out, in) and X is
     *     (n, in)
     * @throws IllegalArgumentException if the shapes do not agree or one of them is empty
     */
    private static int checkShapes(double[][] x, double[][] w, double[] b) {
        int in = Shapes.columns(w, "W"); // W has out rows: with b empty, none (rejected) or too many
        if (in == 0) {
            throw new IllegalArgumentException("the layer needs an input: W has no column");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("the batch needs a row: X has none");
        }
        Shapes.requireShape(w, b.length, in, "W");
        Shapes.requireShape(x, x.length, in, "X");
        return in;
    }
}
