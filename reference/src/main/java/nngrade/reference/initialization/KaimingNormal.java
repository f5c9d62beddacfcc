package nngrade.reference.initialization;

import java.util.Random;
import nngrade.problems.initialization.FanMode;
import nngrade.problems.initialization.Initializer;
import nngrade.problems.initialization.Nonlinearity;

/**
 * init.kaiming_normal, as torch.nn.init.kaiming_normal_: w ~ N(0, std^2) with
 * std = gain / sqrt(fan). With ReLU (gain sqrt 2, fan = fan_in), (n/2) Var(w) = 1: the notes'
 * condition for the variance of the pre-activations to survive each layer.
 */
public class KaimingNormal implements Initializer {

    private final double a;
    private final FanMode mode;
    private final Nonlinearity nonlinearity;

    /**
     * @param a            the negative slope of a leaky ReLU after the layer
     * @param mode         which fan to divide by
     * @param nonlinearity the nonlinearity after the layer
     */
    public KaimingNormal(double a, FanMode mode, Nonlinearity nonlinearity) {
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
        double std = gain / Math.sqrt(fan);
        return WeightFill.normal(fanOut, fanIn, std, random);
    }
}
