package nngrade.problems.initialization;

/**
 * The nonlinearities torch.nn.init.calculate_gain knows, under their torch names in capitals
 * ('linear', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'selu'). LINEAR stands for torch's identity
 * and convolution entries too: they all have gain 1.
 */
public enum Nonlinearity {
    /** Identity (torch 'linear', also 'conv1d', ...): gain 1. */
    LINEAR,
    /** gain 1. */
    SIGMOID,
    /** gain 5/3. */
    TANH,
    /** gain sqrt(2). */
    RELU,
    /** gain sqrt(2 / (1 + a^2)), a the negative slope. */
    LEAKY_RELU,
    /** gain 3/4. */
    SELU
}
