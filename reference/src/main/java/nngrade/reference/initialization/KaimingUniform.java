package nngrade.reference.initialization;

import java.util.Random;
import nngrade.problems.initialization.FanMode;
import nngrade.problems.initialization.Initializer;
import nngrade.problems.initialization.Nonlinearity;

/**
 * init.kaiming_uniform, as torch.nn.init.kaiming_uniform_: w ~ U(-bound, bound) with
 * bound = gain sqrt(3/fan), so that Var(w) = bound^2/3 = gain^2/fan; gain from the
 * nonlinearity (sqrt 2 for ReLU), fan = fan_in or fan_out.
 */
public class KaimingUniform implements Initializer {

    private final double a;
    private final FanMode mode;
    private final Nonlinearity nonlinearity;

    /**
     * @param a            the negative slope of a leaky ReLU after the layer
     * @param mode         which fan to divide by
     * @param nonlinearity the nonlinearity after the layer
     */
    public KaimingUniform(double a, FanMode mode, Nonlinearity nonlinearity) {
        this.a = a;
        this.mode = mode;
        this.nonlinearity = nonlinearity;
    }

    /** @param random the generator (advanced; nothing else is modified) */
    @Override
    public double[][] initialize(int fanOut, int fanIn, Random random) {
        WeightFill.requireFans(fanOut, fanIn);
        int fan = Fans.of(mode, fanOut, fanIn); // the hyperparameters first: a null mode or
        double gain = new Gains().gain(nonlinearity, a); // nonlinearity is rejected at any shape
        if (WeightFill.isEmpty(fanOut, fanIn)) {
            return WeightFill.zeros(fanOut, fanIn);
        }
        double bound = gain * Math.sqrt(3.0 / fan);
        return WeightFill.uniform(fanOut, fanIn, bound, random);
    }
}
