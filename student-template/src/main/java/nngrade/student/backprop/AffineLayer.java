package nngrade.student.backprop;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.backprop.Affine;
import nngrade.problems.backprop.AffineGradients;

/**
 * layer.affine: y = W x + b for every row x of a batch X, that is Y = X W^T + b. X is (n, in), W is
 * (out, in) as in torch.nn.Linear, b has length out. Shapes that do not agree, and n, in or out
 * of 0, get IllegalArgumentException (see {@link Affine}).
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
        throw new NotImplementedYet("layer.affine");
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
        throw new NotImplementedYet("layer.affine");
    }
}
