package nngrade.reference.losses;

import nngrade.problems.losses.Loss;
import nngrade.reference.Shapes;

/**
 * loss.softmax_cross_entropy: L = -sum_l t_l log s_l(o) on logits o, with s = softmax(o).
 *
 * <p>The value uses log s_l from the log-sum-exp trick ({@link Softmax#logSoftmax}), never
 * log(softmax), so it stays finite at logits of +-1000 where s_l underflows to 0.
 *
 * <p>Gradient: with log s_l = o_l - log sum_k e^(o_k), dL/do_j = s_j (sum_l t_l) - t_j, which is
 * s - t for the target distributions the contract allows (one-hot or soft, summing to 1). The
 * general form keeps the gradient the value's derivative even for a t that does not sum to 1,
 * which the contract leaves unspecified.
 */
public class SoftmaxCrossEntropy implements Loss {

    private final Softmax softmax = new Softmax();

    /**
     * @param o the logits (not modified)
     * @param t the target, a distribution: t_l &gt;= 0, sum 1 (not modified)
     * @return -sum_l t_l log s_l(o)
     */
    @Override
    public double value(double[] o, double[] t) {
        Shapes.requireSameLength(o, t, "logits and target");
        double[] logS = softmax.logSoftmax(o);
        double loss = 0;
        for (int l = 0; l < o.length; l++) {
            if (t[l] != 0) { // 0 log 0 = 0, even where log s_l = -infinity
                loss -= t[l] * logS[l];
            }
        }
        return loss;
    }

    /**
     * @param o the logits (not modified)
     * @param t the target (not modified)
     * @return dL/do = s sum(t) - t, that is s - t when t sums to 1
     */
    @Override
    public double[] gradient(double[] o, double[] t) {
        Shapes.requireSameLength(o, t, "logits and target");
        double[] s = softmax.forward(o);
        double totalTarget = 0;
        for (double tl : t) {
            totalTarget += tl;
        }
        double[] grad = new double[o.length];
        for (int j = 0; j < o.length; j++) {
            grad[j] = s[j] * totalTarget - t[j];
        }
        return grad;
    }
}
