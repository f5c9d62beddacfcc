package nngrade.student.losses;

import nngrade.problems.NotImplementedYet;
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
        throw new NotImplementedYet("loss.l2");
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
        throw new NotImplementedYet("loss.l2");
    }
}
