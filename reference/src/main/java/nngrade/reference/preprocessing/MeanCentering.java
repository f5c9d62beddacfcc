package nngrade.reference.preprocessing;

import nngrade.problems.preprocessing.Centering;
import nngrade.reference.Shapes;

/**
 * pre.center: subtract the per-feature mean of the training data ("subtract the mean image"),
 * x_ij - mu_j with mu_j = (1/N) sum_i x_ij. The notes' advice for images: center only.
 */
public class MeanCentering implements Centering {

    /**
     * @param x the training data, N by D, N &gt;= 1 (not modified)
     * @return mu, a new array of length D
     */
    @Override
    public double[] fit(double[][] x) {
        return DataStatistics.mean(x);
    }

    /**
     * @param x    data, M by D (not modified)
     * @param mean mu, length D (not modified)
     * @return a new matrix x_ij - mu_j
     */
    @Override
    public double[][] transform(double[][] x, double[] mean) {
        return subtract(x, mean);
    }

    /** x_ij - mu_j for every row, into a new matrix; neither argument modified. */
    static double[][] subtract(double[][] x, double[] mu) {
        Shapes.requireShape(x, x.length, mu.length, "X");
        double[][] y = new double[x.length][mu.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < mu.length; j++) {
                y[i][j] = x[i][j] - mu[j];
            }
        }
        return y;
    }
}
