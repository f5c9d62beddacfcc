package nngrade.problems.babysitting;

/**
 * babysit.update_ratio: "track the ratio of weight updates / weight magnitudes", per layer, as the
 * notes' snippet does for each weight matrix W with its gradient dW:
 *
 * <pre>
 *   ratio = ||learningRate dW|| / ||W||      (||.|| the Frobenius norm: sqrt of the sum of squares)
 * </pre>
 *
 * "ratio between the values and updates: ~ 0.0002 / 0.02 = 0.01 (about okay); want this to be
 * somewhere around 0.001 or so". Far below, the rate is too low; far above, too high.
 */
public interface UpdateRatio {

    /**
     * @param weights      the parameters before the update (not modified)
     * @param update       the gradient that plain SGD scales by the rate, theta -= learningRate
     *                     update; same shapes as weights (not modified)
     * @param learningRate the rate, &gt; 0
     * @return a new array {||lr dW1|| / ||W1||, ||lr dW2|| / ||W2||}, layer 1 first; the biases take
     *     no part (they start at 0). A layer whose weights are all 0 gives the quotient IEEE
     *     arithmetic gives: +Infinity, or NaN when its update is 0 too
     */
    double[] ratios(TwoLayerParameters weights, TwoLayerParameters update, double learningRate);
}
