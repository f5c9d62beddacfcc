package nngrade.problems.babysitting;

/**
 * The parameters of the chapter's two-layer classifier ({@link TwoLayerNet}), or their gradients,
 * which have the same shapes. Weights are laid out as {@code torch.nn.Linear.weight}: row j holds
 * the weights into unit j of the layer.
 *
 * <pre>
 *   w1  H x D   weights of the hidden layer (H hidden units, D inputs)
 *   b1  H       biases of the hidden layer
 *   w2  C x H   weights of the output layer (C classes)
 *   b2  C       biases of the output layer
 * </pre>
 *
 * <p>A record of arrays: whoever receives one must not modify its arrays unless a contract says so,
 * and whoever returns one returns arrays of its own (new, shared with nothing it was given).
 *
 * @param w1 W1, H rows of length D
 * @param b1 b1, length H
 * @param w2 W2, C rows of length H
 * @param b2 b2, length C
 */
public record TwoLayerParameters(double[][] w1, double[] b1, double[][] w2, double[] b2) {
}
