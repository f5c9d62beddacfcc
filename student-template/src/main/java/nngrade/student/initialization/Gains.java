package nngrade.student.initialization;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.initialization.GainTable;
import nngrade.problems.initialization.Nonlinearity;

/**
 * init.gain, as torch.nn.init.calculate_gain(nonlinearity, param).
 */
public class Gains implements GainTable {

    /**
     * LINEAR 1, SIGMOID 1, TANH 5/3, RELU sqrt(2), LEAKY_RELU sqrt(2/(1 + param^2)), SELU 3/4.
     *
     * @param nonlinearity the nonlinearity after the layer; null throws IllegalArgumentException
     * @param param        the negative slope of LEAKY_RELU; ignored by the other nonlinearities
     * @return the gain
     */
    @Override
    public double gain(Nonlinearity nonlinearity, double param) {
        throw new NotImplementedYet("init.gain");
    }
}
