package nngrade.problems.activations;

/**
 * act.maxout: y = max(w1.x + b1, w2.x + b2) for one example x.
 *
 * <p>Shapes: w1 and w2 have the length of x; both methods throw IllegalArgumentException
 * otherwise.
 */
public interface Maxout {

    /** @return max(w1.x + b1, w2.x + b2); no array modified */
    double forward(double[] x, double[] w1, double b1, double[] w2, double b2);

    /**
     * The gradient goes to the piece that wins the max; at a tie any split a, 1-a is accepted.
     *
     * @param dy dL/dy
     * @return dx, dw1, db1, dw2, db2
     */
    MaxoutGradients backward(double[] x, double[] w1, double b1, double[] w2, double b2, double dy);
}
