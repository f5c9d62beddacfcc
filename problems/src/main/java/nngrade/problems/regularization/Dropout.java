package nngrade.problems.regularization;

import java.util.Random;

/**
 * Dropout with keep probability p, as in the notes ("keep with probability p"; torch's p is the
 * probability to DROP, 1 - p here). Two problems share this interface:
 * <ul>
 *   <li>reg.dropout, inverted dropout: train y_i = kept_i x_i / p; test y = x (identity);</li>
 *   <li>reg.dropout_classic: train y_i = kept_i x_i; test y = p x, so that the test output
 *       equals the expected training output.</li>
 * </ul>
 *
 * <p>The mask is drawn from the caller's generator in a fixed way, so the same seed gives the same
 * mask: for i = 0, 1, ..., n - 1 in order, one u_i = random.nextDouble(), and unit i is kept iff
 * u_i &lt; p: a draw equal to p drops the unit. Nothing else is drawn.
 *
 * <p>Degenerate input: p must lie in (0, 1]; a factory given any other p (or NaN) throws
 * IllegalArgumentException, when it is called or at the latest on the first call of a method.
 * p = 1 keeps every unit. An empty x gives an empty output.
 */
public interface Dropout {

    /**
     * @param x      the activations (not modified)
     * @param random the generator of the mask (n calls of nextDouble())
     * @return the output and the mask
     */
    DropoutResult forwardTrain(double[] x, Random random);

    /**
     * @param x the activations (not modified)
     * @return a new array: x itself for inverted dropout, p x for classic dropout
     */
    double[] forwardTest(double[] x);

    /**
     * The gradient of the train-mode forward that produced {@code kept}: dx_i = kept_i dy_i / p
     * (inverted) or kept_i dy_i (classic).
     *
     * @param dy   dL/dy (not modified)
     * @param kept the mask the forward returned (not modified)
     * @return a new array dx
     * @throws IllegalArgumentException if kept and dy differ in length (a mask of another
     *     forward), as every shape mismatch of the course's contracts
     */
    double[] backward(double[] dy, boolean[] kept);
}
