package nngrade.bugs.initialization;

import java.util.Random;

/**
 * The correct plumbing every buggy initializer shares (fan checks, empty shapes, row-by-row draws
 * from the caller's generator), so that each bug holds exactly its one mistake.
 */
public final class Draw {

    private Draw() {
    }

    /** @return a fanOut-by-fanIn matrix of std * nextGaussian() */
    public static double[][] normal(int fanOut, int fanIn, double std, Random random) {
        double[][] w = empty(fanOut, fanIn);
        for (double[] row : w) {
            for (int j = 0; j < fanIn; j++) {
                row[j] = std * random.nextGaussian();
            }
        }
        return w;
    }

    /** @return a fanOut-by-fanIn matrix of U(-bound, bound) draws */
    public static double[][] uniform(int fanOut, int fanIn, double bound, Random random) {
        double[][] w = empty(fanOut, fanIn);
        for (double[] row : w) {
            for (int j = 0; j < fanIn; j++) {
                row[j] = bound * (2 * random.nextDouble() - 1);
            }
        }
        return w;
    }

    /** @return a new fanOut-by-fanIn matrix of zeros, after checking the fans */
    public static double[][] empty(int fanOut, int fanIn) {
        if (fanOut < 0 || fanIn < 0) {
            throw new IllegalArgumentException("negative fan");
        }
        return new double[fanOut][fanIn];
    }

    /** torch.nn.init.calculate_gain, correct. */
    public static double gain(nngrade.problems.initialization.Nonlinearity nl, double a) {
        return new nngrade.reference.initialization.Gains().gain(nl, a);
    }
}
