package nngrade.student.initialization;

import java.util.Random;
import nngrade.problems.NotImplementedYet;
import nngrade.problems.initialization.FanMode;
import nngrade.problems.initialization.Initializer;
import nngrade.problems.initialization.Nonlinearity;

/**
 * init.kaiming_uniform, as torch.nn.init.kaiming_uniform_: w ~ U(-bound, bound), bound = gain sqrt(3/fan).
 */
public class KaimingUniform implements Initializer {

    private final double a;
    private final FanMode mode;
    private final Nonlinearity nonlinearity;

    /**
     * @param a            the negative slope of a leaky ReLU after the layer (used by LEAKY_RELU only)
     * @param mode         FAN_IN: fan = fan_in (the columns); FAN_OUT: fan = fan_out (the rows)
     * @param nonlinearity the nonlinearity after the layer; its gain is calculate_gain(nonlinearity, a)
     */
    public KaimingUniform(double a, FanMode mode, Nonlinearity nonlinearity) {
        this.a = a;
        this.mode = mode;
        this.nonlinearity = nonlinearity;
    }

    /**
     * w_ij uniform on (-bound, bound) with bound = gain sqrt(3/fan), so that Var(w) = gain^2/fan;
     * gain = calculate_gain(nonlinearity, a) (sqrt 2 for RELU), fan = fan_in or fan_out as mode
     * says.
     *
     * <p>Draw every random number from {@code random} ({@code random.nextGaussian()} is a
     * standard normal, {@code random.nextDouble()} is uniform on [0, 1)). If fanOut or fanIn is 0
     * return fanOut rows of length fanIn without drawing or dividing by a fan; a negative fan
     * throws IllegalArgumentException.
     *
     * @param fanOut the number of rows (outputs), &gt;= 0
     * @param fanIn  the number of columns (inputs), &gt;= 0
     * @param random the generator to draw from
     * @return a new fanOut-by-fanIn matrix (every row its own array)
     */
    @Override
    public double[][] initialize(int fanOut, int fanIn, Random random) {
        throw new NotImplementedYet("init.kaiming_uniform");
    }
}
