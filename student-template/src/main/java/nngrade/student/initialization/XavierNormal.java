package nngrade.student.initialization;

import java.util.Random;
import nngrade.problems.NotImplementedYet;
import nngrade.problems.initialization.Initializer;

/**
 * init.xavier_normal, as torch.nn.init.xavier_normal_: w ~ N(0, std^2), std = gain sqrt(2/(fan_in + fan_out)).
 */
public class XavierNormal implements Initializer {

    private final double gain;

    /** @param gain the scaling factor, &gt;= 0 */
    public XavierNormal(double gain) {
        this.gain = gain;
    }

    /**
     * w_ij = std z_ij, z_ij a standard normal, std = gain sqrt(2/(fan_in + fan_out)). A negative or
     * NaN gain throws IllegalArgumentException.
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
        throw new NotImplementedYet("init.xavier_normal");
    }
}
