package nngrade.student.losses;

import nngrade.problems.losses.Loss;

/**
 * loss.l2: L = ||q - t||^2 (no factor 1/2).
 */
public class L2Loss implements Loss {

    /**
     * L = sum_i (q_i - t_i)^2.
     *
     * @param prediction q (not modified)
     * @param target t (not modified)
     * @return the loss value
     */
    @Override
    public double value(double[] prediction, double[] target) {
        if (target.length != prediction.length) {
            throw new IllegalArgumentException("target has length " + target.length + " but prediction has " + prediction.length);
        }
        double total = 0.0;
        int i = 0;
        for (double q : prediction) {
            double diff = q - target[i++];
            total += diff * diff;
        }
        return total;
    }

    /**
     * dL/dq = 2 (q - t).
     *
     * @param prediction q (not modified)
     * @param target t (not modified)
     * @return d(value)/d(prediction)
     */
    @Override
    public double[] gradient(double[] prediction, double[] target) {
        if (target.length != prediction.length) {
            throw new IllegalArgumentException("target has length " + target.length + " but prediction has " + prediction.length);
        }
        double[] g = new double[prediction.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = (prediction[i] - target[i]) * 2.0;
        }
        return g;
    }
}
