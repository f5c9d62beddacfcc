package nngrade.student.losses;

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
        if (target.length != prediction.length) {
            throw new IllegalArgumentException("target has length " + target.length + " but prediction has " + prediction.length);
        }
        double lse = logSumExp(prediction);
        double loss = 0.0;
        for (int l = 0; l < prediction.length; l++) {
            if (target[l] != 0.0) {
                // -log s_l = lse - o_l >= 0
                loss += target[l] * (lse - prediction[l]);
            }
        }
        return loss;
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
        if (target.length != prediction.length) {
            throw new IllegalArgumentException("target has length " + target.length + " but prediction has " + prediction.length);
        }
        double lse = logSumExp(prediction);
        double[] g = new double[prediction.length];
        for (int l = 0; l < g.length; l++) {
            // s_l = exp(o_l - lse), never above 1
            g[l] = Math.exp(prediction[l] - lse) - target[l];
        }
        return g;
    }

    /**
     * log sum_k e^(o_k) = o_m + log(1 + sum_{k != m} e^(o_k - o_m)) with m the index of the largest
     * logit; log1p keeps the small remainder accurate.
     */
    private static double logSumExp(double[] o) {
        int m = 0;
        for (int k = 1; k < o.length; k++) {
            if (o[k] > o[m]) {
                m = k;
            }
        }
        double rest = 0.0;
        for (int k = 0; k < o.length; k++) {
            if (k != m) {
                rest += Math.exp(o[k] - o[m]);
            }
        }
        return o[m] + Math.log1p(rest);
    }
}
