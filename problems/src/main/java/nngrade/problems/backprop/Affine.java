package nngrade.problems.backprop;

/**
 * layer.affine: y = W x + b for every row x of a batch X, i.e. Y = X W^T + b.
 *
 * <p>Shapes: X is (n, in), W is (out, in) as in torch.nn.Linear, b has length out, Y is (n, out);
 * out is read from b and in from W. Arguments whose shapes do not agree (ragged rows included, dY
 * not (n, out)) make both methods throw IllegalArgumentException, and so does an empty shape:
 * n, in and out are at least 1 (a batch of no row, a layer of no input or no output).
 */
public interface Affine {

    /** @return Y = X W^T + b, shape (n, out); no argument is modified */
    double[][] forward(double[][] x, double[][] w, double[] b);

    /**
     * @param dy dL/dY, shape (n, out)
     * @return dX = dY W, dW = dY^T X, db = the column sums of dY
     */
    AffineGradients backward(double[][] x, double[][] w, double[] b, double[][] dy);
}
