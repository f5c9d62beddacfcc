package nngrade.student.initialization;

import java.util.Random;
import nngrade.problems.NotImplementedYet;
import nngrade.problems.initialization.Initializer;

/**
 * init.zeros: W = 0. See for yourself why it is never used for hidden layers: the symmetry
 * problem.
 */
public class Zeros implements Initializer {

    /**
     * w_ij = 0 for every i, j. Nothing needs to be drawn.
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
        throw new NotImplementedYet("init.zeros");
    }
}
