package nngrade.reference.initialization;

import java.util.Random;

/**
 * Fills a new (fanOut, fanIn) weight matrix, row by row, from the caller's generator: the common
 * part of every initializer. A zero fan gives fanOut empty rows (or no row) and draws nothing.
 */
final class WeightFill {

    private WeightFill() {
    }

    /**
     * @throws IllegalArgumentException if a fan is negative
     */
    static void requireFans(int fanOut, int fanIn) {
        if (fanOut < 0 || fanIn < 0) {
            throw new IllegalArgumentException("fan_out and fan_in must be >= 0, got fan_out = "
                    + fanOut + ", fan_in = " + fanIn);
        }
    }

    /**
     * @throws IllegalArgumentException if a gain is negative or NaN (torch refuses a negative
     *     standard deviation or an empty interval)
     */
    static void requireGain(double gain) {
        if (!(gain >= 0)) {
            throw new IllegalArgumentException("gain must be >= 0, got " + gain);
        }
    }

    /** @return a new fanOut-by-fanIn matrix of zeros */
    static double[][] zeros(int fanOut, int fanIn) {
        requireFans(fanOut, fanIn);
        return new double[fanOut][fanIn];
    }

    /**
     * w_ij = std z_ij, z_ij a standard normal from {@link Random#nextGaussian()}: w ~ N(0, std^2).
     *
     * @param random the generator (advanced by fanOut * fanIn draws)
     */
    static double[][] normal(int fanOut, int fanIn, double std, Random random) {
        double[][] w = zeros(fanOut, fanIn);
        for (double[] row : w) {
            for (int j = 0; j < fanIn; j++) {
                row[j] = std * random.nextGaussian();
            }
        }
        return w;
    }

    /**
     * w_ij = bound (2 u_ij - 1), u_ij uniform on [0, 1) from {@link Random#nextDouble()}:
     * w ~ U(-bound, bound), whose variance is bound^2 / 3.
     *
     * @param random the generator (advanced by fanOut * fanIn draws)
     */
    static double[][] uniform(int fanOut, int fanIn, double bound, Random random) {
        double[][] w = zeros(fanOut, fanIn);
        for (double[] row : w) {
            for (int j = 0; j < fanIn; j++) {
                row[j] = bound * (2 * random.nextDouble() - 1);
            }
        }
        return w;
    }

    /** @return whether the matrix has no element, so that no fan may be divided by */
    static boolean isEmpty(int fanOut, int fanIn) {
        return fanOut == 0 || fanIn == 0;
    }
}
