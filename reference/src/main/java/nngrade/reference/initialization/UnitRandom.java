package nngrade.reference.initialization;

import java.util.Random;
import nngrade.problems.initialization.Initializer;

/**
 * init.unit_random: W = randn, w ~ N(0, 1) ("*1.0 instead of *0.01" in the notes). The
 * pre-activations then have a spread of about sqrt(fan_in), so tanh units saturate at +-1.
 */
public class UnitRandom implements Initializer {

    /** @param random the generator (advanced; nothing else is modified) */
    @Override
    public double[][] initialize(int fanOut, int fanIn, Random random) {
        return WeightFill.normal(fanOut, fanIn, 1.0, random);
    }
}
