package nngrade.checks.support;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The statistics section C's checks compute for themselves, independently of any submission:
 * per-feature means and variances, the covariance (1/N) (X - mu)^T (X - mu) with EJML, and the
 * eigenvalues of a symmetric matrix with EJML's symmetric eigen-solver.
 */
public final class Moments {

    private Moments() {
    }

    /** @return the mean of every column of an N by D matrix, N &gt;= 1 */
    public static double[] columnMeans(double[][] x) {
        double[] mu = new double[x[0].length];
        for (double[] row : x) {
            for (int j = 0; j < mu.length; j++) {
                mu[j] += row[j] / x.length;
            }
        }
        return mu;
    }

    /** @return (1/N) sum_i (x_ij - mu_j)^2 for every column j: the biased variance */
    public static double[] columnVariances(double[][] x) {
        double[][] c = covariance(x);
        double[] v = new double[c.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = c[j][j];
        }
        return v;
    }

    /** @return the mean of a vector */
    public static double mean(double[] v) {
        double s = 0;
        for (double e : v) {
            s += e;
        }
        return s / v.length;
    }

    /** @return (1/n) sum_k (v_k - mean)^2, the biased variance of a vector */
    public static double variance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double e : v) {
            s += (e - m) * (e - m);
        }
        return s / v.length;
    }

    /** @return C = (1/N) (X - mu)^T (X - mu), D by D, computed with EJML from centered data */
    public static double[][] covariance(double[][] x) {
        double[] mu = columnMeans(x);
        DMatrixRMaj centered = new DMatrixRMaj(x.length, mu.length);
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < mu.length; j++) {
                centered.set(i, j, x[i][j] - mu[j]);
            }
        }
        DMatrixRMaj c = new DMatrixRMaj(mu.length, mu.length);
        CommonOps_DDRM.multTransA(centered, centered, c);
        CommonOps_DDRM.divide(c, x.length);
        return toArray(c);
    }

    /** @return the eigenvalues of a symmetric matrix, in decreasing order (EJML) */
    public static double[] eigenvalues(double[][] symmetric) {
        int d = symmetric.length;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, false, true);
        if (!eig.decompose(new DMatrixRMaj(symmetric))) {
            throw new IllegalStateException("EJML could not decompose " + Gens.show(symmetric));
        }
        double[] lambda = new double[d];
        for (int k = 0; k < d; k++) {
            lambda[k] = eig.getEigenvalue(k).real;
        }
        Arrays.sort(lambda);
        for (int k = 0; k < d / 2; k++) { // decreasing
            double t = lambda[k];
            lambda[k] = lambda[d - 1 - k];
            lambda[d - 1 - k] = t;
        }
        return lambda;
    }

    /** @return the largest |entry| of a matrix, the scale of its rounding errors */
    public static double maxAbs(double[][] m) {
        double s = 0;
        for (double[] row : m) {
            for (double e : row) {
                s = Math.max(s, Math.abs(e));
            }
        }
        return s;
    }

    private static double[][] toArray(DMatrixRMaj m) {
        double[][] a = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                a[i][j] = m.get(i, j);
            }
        }
        return a;
    }
}
