package nngrade.problems.activations;

/**
 * The gated linear unit family: Y = g(X W + b) (.) (X V + c), with (.) the elementwise product.
 *
 * <p>act.glu: g = sigmoid; act.bilinear: g = identity; act.reglu: g = max(0, .); act.geglu: g =
 * exact GELU; act.swiglu: g = Swish_beta. Shapes: X is (n, in), W and V are (in, out), b and c
 * have length out, Y is (n, out); in and out are read from W and b. Arguments whose shapes do not
 * agree (ragged rows included) make both methods throw IllegalArgumentException.
 */
public interface GatedUnit {

    /** @return Y, shape (n, out); no argument modified */
    double[][] forward(double[][] x, double[][] w, double[] b, double[][] v, double[] c);

    /**
     * @param dy dL/dY, shape (n, out) (else IllegalArgumentException)
     * @return dX, dW, db, dV, dc
     */
    GatedGradients backward(double[][] x, double[][] w, double[] b, double[][] v, double[] c,
            double[][] dy);
}
