package nngrade.reference.initialization;

import java.util.Random;
import nngrade.problems.initialization.Initializer;

/**
 * init.small_random, the notes' first idea: W = 0.01 * randn, i.e. w ~ N(0, 0.01^2). Fine for
 * small networks; in a deep tanh network each layer multiplies the spread of the activations by
 * about 0.01 sqrt(fan_in), so they collapse toward 0.
 */
public class SmallRandom implements Initializer {

    /** The standard deviation 0.01 (variance 1e-4). */
    static final double STD = 0.01;

    /** @param random the generator (advanced; nothing else is modified) */
    @Override
    public double[][] initialize(int fanOut, int fanIn, Random random) {
        return WeightFill.normal(fanOut, fanIn, STD, random);
    }
}
