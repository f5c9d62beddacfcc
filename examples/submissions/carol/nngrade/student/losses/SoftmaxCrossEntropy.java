package nngrade.student.losses;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.losses.Loss;

/**
 * loss.softmax_cross_entropy: L = -sum_l t_l log s_l(o), s = softmax(o), on logits o.
 */
public class SoftmaxCrossEntropy implements Loss {

    /**
     * L = -sum_l t_l log s_l. Compute log s_l = o_l - log sum_k exp(o_k) with the log-sum-exp trick
     * (subtract the max), never log(softmax): the loss must be finite at logits of +-1000.
     *
     * @param prediction the logits o (not modified)
     * @param target the target t, a distribution (one-hot or soft) (not modified)
     * @return the loss value
     */
    @Override
    public double value(double[] prediction, double[] target) {
        throw new NotImplementedYet("loss.softmax_cross_entropy");
    }

    /**
     * dL/do = s - t for a target distribution t.
     *
     * @param prediction the logits o (not modified)
     * @param target the target t, a distribution (one-hot or soft) (not modified)
     * @return d(value)/d(prediction)
     */
    @Override
    public double[] gradient(double[] prediction, double[] target) {
        throw new NotImplementedYet("loss.softmax_cross_entropy");
    }
}
