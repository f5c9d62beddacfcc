package nngrade.problems.initialization;

/**
 * init.gain: the recommended gain of an initializer for the nonlinearity that follows the layer,
 * as {@code torch.nn.init.calculate_gain(nonlinearity, param)}:
 *
 * <pre>
 *   LINEAR      1
 *   SIGMOID     1
 *   TANH        5/3
 *   RELU        sqrt(2)
 *   LEAKY_RELU  sqrt(2 / (1 + param^2))    param = the negative slope a
 *   SELU        3/4
 * </pre>
 *
 * <p>The variance argument behind it: a weight variance of gain^2 / fan keeps the variance of a
 * layer's pre-activations from one layer to the next; ReLU zeroes half of its inputs, which halves
 * E[x^2], hence the factor 2.
 */
public interface GainTable {

    /**
     * @param nonlinearity the nonlinearity after the layer
     * @param param        the negative slope a, used by LEAKY_RELU only and ignored by every
     *                     other nonlinearity (torch's default 0.01 must be passed explicitly)
     * @return the gain
     * @throws IllegalArgumentException if nonlinearity is null (torch: "Unsupported nonlinearity")
     */
    double gain(Nonlinearity nonlinearity, double param);
}
