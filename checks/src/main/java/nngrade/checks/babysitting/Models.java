package nngrade.checks.babysitting;

import java.util.Random;
import nngrade.problems.babysitting.TwoLayerParameters;

/** The parameter sets the checks draw: Gaussian weights and biases of given standard deviations. */
final class Models {

    private Models() {
    }

    /**
     * @param inputs  D
     * @param hidden  H
     * @param classes C
     * @param std1    the standard deviation of every entry of W1
     * @param std2    that of W2
     * @param stdBias that of b1 and b2 (0 for zero biases)
     * @param random  the only source of randomness: W1, b1, W2, b2, row by row, in this order
     * @return w ~ N(0, std^2) entrywise
     */
    static TwoLayerParameters gaussian(int inputs, int hidden, int classes, double std1, double std2,
            double stdBias, Random random) {
        double[][] w1 = draw(hidden, inputs, std1, random);
        double[] b1 = draw(1, hidden, stdBias, random)[0];
        double[][] w2 = draw(classes, hidden, std2, random);
        double[] b2 = draw(1, classes, stdBias, random)[0];
        return new TwoLayerParameters(w1, b1, w2, b2);
    }

    private static double[][] draw(int rows, int cols, double std, Random random) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = std == 0 ? 0 : std * random.nextGaussian();
            }
        }
        return m;
    }
}
