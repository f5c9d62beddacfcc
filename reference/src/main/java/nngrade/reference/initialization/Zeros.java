package nngrade.reference.initialization;

import java.util.Random;
import nngrade.problems.initialization.Initializer;

/**
 * init.zeros: W = 0. Never use it for the weights of a hidden layer: every hidden unit then
 * computes the same function and receives the same gradient, so they stay identical forever (the
 * symmetry problem). Draws nothing from the generator.
 */
public class Zeros implements Initializer {

    /**
     * @param random not used (not modified)
     * @return a new fanOut-by-fanIn matrix of zeros
     */
    @Override
    public double[][] initialize(int fanOut, int fanIn, Random random) {
        return WeightFill.zeros(fanOut, fanIn);
    }
}
