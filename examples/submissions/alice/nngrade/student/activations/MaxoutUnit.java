package nngrade.student.activations;

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
        requireLengthOfX(x, w1, w2);
        return Math.max(piece(w1, b1, x), piece(w2, b2, x));
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
        requireLengthOfX(x, w1, w2);
        double z1 = piece(w1, b1, x);
        double z2 = piece(w2, b2, x);
        // share of dy each piece gets: all of it to the winner, half each on a tie
        double share1;
        if (z1 > z2) {
            share1 = 1.0;
        } else if (z1 < z2) {
            share1 = 0.0;
        } else {
            share1 = 0.5;
        }
        double g1 = share1 * dy;
        double g2 = (1.0 - share1) * dy;

        int n = x.length;
        double[] dx = new double[n];
        double[] dw1 = new double[n];
        double[] dw2 = new double[n];
        for (int j = 0; j < n; j++) {
            dx[j] = g1 * w1[j] + g2 * w2[j];
            dw1[j] = g1 * x[j];
            dw2[j] = g2 * x[j];
        }
        return new MaxoutGradients(dx, dw1, g1, dw2, g2);
    }

    /** @return w . x + b */
    private static double piece(double[] w, double b, double[] x) {
        double z = b;
        for (int j = 0; j < x.length; j++) {
            z += w[j] * x[j];
        }
        return z;
    }

    /** The contract: both pieces' weights have the length of x. */
    private static void requireLengthOfX(double[] x, double[] w1, double[] w2) {
        if (w1.length != x.length || w2.length != x.length) {
            throw new IllegalArgumentException("w1 and w2 must have the length of x (" + x.length + "), got "
                    + w1.length + " and " + w2.length);
        }
    }
}
