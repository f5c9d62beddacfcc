package nngrade.problems.initialization;

import java.util.Random;

/**
 * A weight initializer (init.*): fills a new weight matrix of shape (fanOut, fanIn), the shape of
 * {@code torch.nn.Linear(fanIn, fanOut).weight}, so that row i holds the weights into output unit
 * i. fan_in is the number of columns, fan_out the number of rows, as in
 * {@code torch.nn.init._calculate_fan_in_and_fan_out}.
 *
 * <p>Every random number comes from the caller's generator, so the same seed gives the same
 * weights: draw with {@link Random#nextGaussian()} (a standard normal) or
 * {@link Random#nextDouble()} (uniform on [0, 1)) and scale, never from a generator of your own,
 * {@code Math.random()} or a fixed seed. The order of the draws is yours to choose.
 *
 * <p>Degenerate shapes: when fanOut or fanIn is 0 there is nothing to draw, and the result is a
 * matrix of fanOut rows of length fanIn (torch's "initializing zero-element tensors is a no-op");
 * no division by a zero fan may happen. A negative fanOut or fanIn, or an invalid hyperparameter
 * the problem documents, throws {@link IllegalArgumentException}.
 */
public interface Initializer {

    /**
     * @param fanOut the number of rows (outputs of the layer), &gt;= 0
     * @param fanIn  the number of columns (inputs of the layer), &gt;= 0
     * @param random the only source of randomness (its state advances; nothing else is modified)
     * @return a new fanOut-by-fanIn matrix whose rows are distinct arrays, shared with nothing
     * @throws IllegalArgumentException if fanOut &lt; 0 or fanIn &lt; 0, or a hyperparameter is
     *     invalid
     */
    double[][] initialize(int fanOut, int fanIn, Random random);
}
