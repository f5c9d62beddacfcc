package nngrade.reference.preprocessing;

import nngrade.reference.Shapes;
import org.ejml.data.DMatrixRMaj;

/**
 * The mean and covariance of a data matrix X (N by D, one example per row), as the notes'
 * preprocessing step computes them: mu = (1/N) sum_i x_i and C = (1/N) sum_i (x_i - mu)(x_i - mu)^T.
 */
final class DataStatistics {

    private DataStatistics() {
    }

    /**
     * @param x N by D with N &gt;= 1 (not modified)
     * @return mu_j = (1/N) sum_i x_ij
     * @throws IllegalArgumentException if x has no row or ragged rows
     */
    static double[] mean(double[][] x) {
        int d = Shapes.columns(x, "X");
        double[] mu = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mu[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mu[j] /= x.length;
        }
        return mu;
    }

    /**
     * Two-pass covariance: the deviations from the mean are formed first, so nothing cancels.
     *
     * @param x  N by D (not modified)
     * @param mu its mean (not modified)
     * @return C, D by D, normalized by N
     */
    static DMatrixRMaj covariance(double[][] x, double[] mu) {
        int d = mu.length;
        DMatrixRMaj c = new DMatrixRMaj(d, d);
        double[] dev = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                dev[j] = row[j] - mu[j];
            }
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    c.add(j, k, dev[j] * dev[k]);
                }
            }
        }
        for (int i = 0; i < c.data.length; i++) {
            c.data[i] /= x.length;
        }
        return c;
    }
}
