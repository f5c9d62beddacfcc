package nngrade.problems.babysitting;

/**
 * babysit.overfit_small: the notes' advice before any real training, "make sure that you can
 * overfit very small portion of the training data": take the first 20 examples, turn off
 * regularization (reg = 0.0), use simple vanilla SGD, and expect "very small loss, train accuracy
 * 1.00". A loop that cannot do this has a bug; one that can is ready for the real data.
 *
 * <p>The loop trains the network it is handed (the grader hands in a correct one and watches every
 * call), so this problem grades the loop alone.
 */
public interface Trainer {

    /**
     * Vanilla full-batch SGD on the first {@code examples} examples: from theta_0 = initial, for
     * k = 0, 1, ..., iterations - 1,
     *
     * <pre>
     *   (L_k, g_k) = net.loss(theta_k, first examples of x, their labels, reg = 0)
     *   theta_{k+1} = theta_k - learningRate g_k          (every parameter: W1, b1, W2, b2)
     * </pre>
     *
     * and losses[k] = L_k. Call {@code net.loss} exactly once per iteration, as above, and nowhere
     * else; call {@code net.scores} as often as you need it to measure the accuracy. The training
     * accuracy is the fraction of the first {@code examples} examples whose largest score (the
     * first one, if several are equal) is the score of their label, measured for theta_iterations.
     *
     * @param net          the network to train (see above for how to call it)
     * @param initial      theta_0 (not modified)
     * @param x            the training set, N examples of D inputs, N &gt;= examples (not modified)
     * @param y            its N labels (not modified)
     * @param examples     how many of the first examples to train on, e.g. 20, &gt;= 1
     * @param learningRate the step size, &gt; 0
     * @param iterations   the number of updates, &gt;= 1
     * @return losses L_0 ... L_{iterations-1}, theta_iterations (new arrays) and its training
     *     accuracy on the first {@code examples} examples
     */
    TrainingRun overfit(TwoLayerNet net, TwoLayerParameters initial, double[][] x, int[] y, int examples,
            double learningRate, int iterations);
}
