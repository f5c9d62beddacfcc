package nngrade.problems.babysitting;

/**
 * What {@link TwoLayerNet#loss} returns: "the loss and the gradient for all parameters", as the
 * notes' {@code two_layer_net(X, model, y, reg)} does.
 *
 * @param loss      L, the data loss plus the regularization
 * @param gradients dL/dW1, dL/db1, dL/dW2, dL/db2, each the shape of its parameter (new arrays)
 */
public record LossWithGradients(double loss, TwoLayerParameters gradients) {
}
