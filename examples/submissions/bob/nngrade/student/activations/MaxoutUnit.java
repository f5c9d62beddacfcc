package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.activations.Maxout;
import nngrade.problems.activations.MaxoutGradients;

/**
 * act.maxout: y = max(w1.x + b1, w2.x + b2) for one example x.
 */
public class MaxoutUnit implements Maxout {

    /**
     * @param x the input (not modified)
     * @param w1 the first piece's weights (not modified)
     * @param b1 the first piece's bias
     * @param w2 the second piece's weights (not modified)
     * @param b2 the second piece's bias
     * @return max(w1.x + b1, w2.x + b2)
     */
    @Override
    public double forward(double[] x, double[] w1, double b1, double[] w2, double b2) {
        throw new NotImplementedYet("act.maxout");
    }

    /**
     * The gradient goes to the winning piece k only: dx = dy w_k, dw_k = dy x, db_k = dy, and 0 for
     * the other piece. At a tie any split a, 1 - a is accepted.
     *
     * @param x the input (not modified)
     * @param w1 the first piece's weights (not modified)
     * @param b1 the first piece's bias
     * @param w2 the second piece's weights (not modified)
     * @param b2 the second piece's bias
     * @param dy dL/dy
     * @return dx, dw1, db1, dw2, db2
     */
    @Override
    public MaxoutGradients backward(double[] x, double[] w1, double b1, double[] w2, double b2, double dy) {
        throw new NotImplementedYet("act.maxout");
    }
}
