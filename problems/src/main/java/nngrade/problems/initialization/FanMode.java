package nngrade.problems.initialization;

/**
 * Which fan Kaiming initialization divides by (torch.nn.init's {@code mode}): FAN_IN (the number
 * of columns of the weight) preserves the variance of the activations in the forward pass,
 * FAN_OUT (the number of rows) that of the gradients in the backward pass.
 */
public enum FanMode {
    /** fan_in: the number of inputs of the layer, the columns of a (fanOut, fanIn) weight. */
    FAN_IN,
    /** fan_out: the number of outputs of the layer, the rows of a (fanOut, fanIn) weight. */
    FAN_OUT
}
