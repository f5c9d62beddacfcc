package nngrade.student.preprocessing;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.preprocessing.Centering;

/**
 * pre.center: subtract the per-feature mean of the training data ("subtract the mean image"). X is
 * N by D, one example per row.
 */
public class MeanCentering implements Centering {

    /**
     * mu_j = (1/N) sum_i x_ij.
     *
     * @param x the training data, N by D (not modified)
     * @return a new array mu of length D
     * @throws IllegalArgumentException if x has no row
     */
    @Override
    public double[] fit(double[][] x) {
        throw new NotImplementedYet("pre.center");
    }

    /**
     * y_ij = x_ij - mu_j, with mu from fit (usually on the training data, not on x).
     *
     * @param x    data, M by D (not modified)
     * @param mean mu, length D (not modified)
     * @return a new M by D matrix
     */
    @Override
    public double[][] transform(double[][] x, double[] mean) {
        throw new NotImplementedYet("pre.center");
    }
}
