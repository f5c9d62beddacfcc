package nngrade.reference.preprocessing;

import java.util.Arrays;
import java.util.Comparator;
import nngrade.problems.preprocessing.PrincipalAxes;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The fit shared by PCA and whitening: the mean of the data and the eigen-decomposition of its
 * covariance C = U^T diag(lambda) U, with the eigenvectors (rows of U) sorted by decreasing
 * eigenvalue (a symmetric eigen-solver returns them in no promised order).
 */
final class PrincipalAxesFit {

    private PrincipalAxesFit() {
    }

    /**
     * @param x N by D with N &gt;= 1 (not modified)
     * @return mu, the unit eigenvectors of C as rows in decreasing order of eigenvalue, and the
     *     eigenvalues (rounding below 0 clamped to 0: a covariance has none)
     * @throws IllegalArgumentException if x has no row or ragged rows
     */
    static PrincipalAxes fit(double[][] x) {
        double[] mu = DataStatistics.mean(x);
        int d = mu.length;
        if (d == 0) {
            return new PrincipalAxes(mu, new double[0][0], new double[0]);
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
        if (!eig.decompose(DataStatistics.covariance(x, mu))) {
            throw new IllegalStateException("the eigen-decomposition of the covariance failed");
        }
        Integer[] order = new Integer[d];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> eig.getEigenvalue(i).real).reversed());
        double[][] axes = new double[d][];
        double[] variances = new double[d];
        for (int k = 0; k < d; k++) {
            variances[k] = Math.max(0, eig.getEigenvalue(order[k]).real);
            axes[k] = unit(eig.getEigenVector(order[k]).data);
        }
        return new PrincipalAxes(mu, axes, variances);
    }

    /** @return v / ||v|| (the solver's vectors are unit already; this only removes rounding) */
    private static double[] unit(double[] v) {
        double norm = 0;
        for (double e : v) {
            norm += e * e;
        }
        norm = Math.sqrt(norm);
        double[] u = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = v[i] / norm;
        }
        return u;
    }
}
