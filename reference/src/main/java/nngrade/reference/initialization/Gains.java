package nngrade.reference.initialization;

import nngrade.problems.initialization.GainTable;
import nngrade.problems.initialization.Nonlinearity;

/**
 * init.gain, as torch.nn.init.calculate_gain: the factor by which an initializer scales the
 * standard deviation so that the variance survives the nonlinearity after the layer.
 */
public class Gains implements GainTable {

    /**
     * @param nonlinearity the nonlinearity after the layer
     * @param param        the negative slope a of LEAKY_RELU; ignored by the others
     * @return 1 (linear, sigmoid), 5/3 (tanh), sqrt(2) (relu), sqrt(2/(1 + a^2)) (leaky_relu),
     *     3/4 (selu)
     */
    @Override
    public double gain(Nonlinearity nonlinearity, double param) {
        if (nonlinearity == null) {
            throw new IllegalArgumentException("unsupported nonlinearity: null");
        }
        return switch (nonlinearity) {
            case LINEAR, SIGMOID -> 1.0;
            case TANH -> 5.0 / 3;
            case RELU -> Math.sqrt(2.0);
            // ReLU with slope a on the negative side keeps E[x^2] (1 + a^2)/2 of its input's.
            case LEAKY_RELU -> Math.sqrt(2.0 / (1 + param * param));
            case SELU -> 3.0 / 4;
        };
    }
}
