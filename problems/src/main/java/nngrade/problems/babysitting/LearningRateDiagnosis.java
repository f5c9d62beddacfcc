package nngrade.problems.babysitting;

/**
 * babysit.lr_diagnosis: "find a learning rate that makes the loss go down". Train briefly at a
 * candidate rate, watch the loss curve, and read it as the notes do: "loss barely changing:
 * learning rate is probably too low"; "cost: NaN almost always means high learning rate"; "loss
 * exploding: learning rate too high". And the notes' tip for the solver: "if the cost is ever
 * &gt; 3 * original cost, break out early".
 */
public interface LearningRateDiagnosis {

    /** The notes' explosion threshold: a run stops once its cost exceeds this times its first cost. */
    double EXPLOSION_FACTOR = 3;

    /**
     * A trial run with the notes' early stop: vanilla full-batch SGD on all of x, from
     * theta_0 = initial, for k = 0, 1, ...:
     *
     * <pre>
     *   (L_k, g_k) = net.loss(theta_k, x, y, reg);   record L_k
     *   stop if L_k is NaN or infinite, or L_k &gt; EXPLOSION_FACTOR L_0   (break out early)
     *   stop if k + 1 = maxIterations
     *   theta_{k+1} = theta_k - learningRate g_k     (every parameter: W1, b1, W2, b2)
     * </pre>
     *
     * Call {@code net.loss} exactly once per recorded loss, as above, and nowhere else.
     *
     * @param net           the network to train
     * @param initial       theta_0 (not modified)
     * @param x             the training examples, N by D (not modified)
     * @param y             their labels (not modified)
     * @param reg           the regularization strength passed to every net.loss call, &gt;= 0
     * @param learningRate  the candidate rate, &gt; 0
     * @param maxIterations the most losses to record, &gt;= 1
     * @return a new array of the recorded losses L_0, L_1, ...: maxIterations of them, or fewer if
     *     the run stopped early, in which case the last one is the loss that stopped it
     */
    double[] train(TwoLayerNet net, TwoLayerParameters initial, double[][] x, int[] y, double reg,
            double learningRate, int maxIterations);

    /**
     * Reads a loss curve L_0, L_1, ..., L_{n-1} (the first value is the initial cost), in this
     * order:
     *
     * <ol>
     * <li>TOO_HIGH if some L_k is NaN or infinite, or L_k &gt; EXPLOSION_FACTOR L_0 (the cost
     * exploded), or L_{n-1} &gt; (1 + tolerance) L_0 (the run ended with the cost up);
     * <li>TOO_LOW if every L_k &gt;= (1 - tolerance) L_0: the loss never went down by more than the
     * tolerance ("barely changing");
     * <li>FINE otherwise: the loss went down.
     * </ol>
     *
     * A curve that stays flat for a while and then drops (a bad initialization, the notes' "prime
     * suspect") is FINE: the rate is not what holds it back.
     *
     * @param losses    the curve, at least one value (not modified)
     * @param tolerance the relative change below which the loss counts as unchanged, e.g. 0.01,
     *                  in [0, 1)
     * @return the verdict
     */
    LearningRateVerdict diagnose(double[] losses, double tolerance);
}
