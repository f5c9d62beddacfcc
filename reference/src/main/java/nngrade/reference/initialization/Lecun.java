package nngrade.reference.initialization;

import java.util.Random;
import nngrade.problems.initialization.Initializer;

/**
 * init.lecun: w ~ N(0, 1/fan_in). For a linear layer y = sum_i w_i x_i with zero-mean weights and
 * inputs, Var(y) = fan_in Var(w) Var(x) (the notes' variance calibration), so Var(y) = Var(x).
 */
public class Lecun implements Initializer {

    /** @param random the generator (advanced; nothing else is modified) */
    @Override
    public double[][] initialize(int fanOut, int fanIn, Random random) {
        WeightFill.requireFans(fanOut, fanIn);
        if (WeightFill.isEmpty(fanOut, fanIn)) {
            return WeightFill.zeros(fanOut, fanIn);
        }
        return WeightFill.normal(fanOut, fanIn, Math.sqrt(1.0 / fanIn), random);
    }
}
