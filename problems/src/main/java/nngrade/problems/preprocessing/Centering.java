package nngrade.problems.preprocessing;

/**
 * pre.center: subtract the per-feature mean ("subtract the mean image"). X is a data matrix of
 * shape (N, D), one example per row. The mean is learned on the training data by {@link #fit}
 * and then subtracted from any data, training or test, by {@link #transform}.
 */
public interface Centering {

    /**
     * @param x the training data, N by D with N &gt;= 1 (not modified)
     * @return the per-feature mean mu, mu_j = (1/N) sum_i x_ij (a new array of length D)
     * @throws IllegalArgumentException if x has no row or ragged rows
     */
    double[] fit(double[][] x);

    /**
     * @param x    data, M by D, M &gt;= 0 (not modified)
     * @param mean mu from {@link #fit}, length D (not modified)
     * @return a new M by D matrix with entries x_ij - mu_j
     * @throws IllegalArgumentException if a row of x does not have length D
     */
    double[][] transform(double[][] x, double[] mean);
}
