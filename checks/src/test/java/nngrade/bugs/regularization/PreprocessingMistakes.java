package nngrade.bugs.regularization;

import java.util.Arrays;
import nngrade.problems.preprocessing.Centering;
import nngrade.problems.preprocessing.PrincipalAxes;
import nngrade.reference.preprocessing.MeanCentering;
import nngrade.reference.preprocessing.PcaWhitening;
import nngrade.reference.preprocessing.PrincipalComponents;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** Realistic mistakes in input preprocessing (pre.center, pre.pca, pre.whiten). */
public final class PreprocessingMistakes {

    private PreprocessingMistakes() {
    }

    /** np.mean(X) instead of np.mean(X, axis=0): one mean over every entry, for every feature. */
    public static final class GlobalMeanCentering implements Centering {
        @Override
        public double[] fit(double[][] x) {
            new MeanCentering().fit(x); // no rows, ragged rows: checked
            double s = 0;
            for (double[] row : x) {
                for (double v : row) {
                    s += v;
                }
            }
            double[] mu = new double[x[0].length];
            Arrays.fill(mu, s / (x.length * (double) mu.length));
            return mu;
        }

        @Override
        public double[][] transform(double[][] x, double[] mean) {
            return new MeanCentering().transform(x, mean);
        }
    }

    /** Centering whose fit sizes the mean by the first row and reads each row that far, never comparing lengths. */
    public static final class FirstRowLengthCentering extends MeanCentering {
        @Override
        public double[] fit(double[][] x) {
            if (x.length == 0) {
                throw new IllegalArgumentException("no data");
            }
            double[] mu = new double[x[0].length];
            for (double[] row : x) {
                for (int j = 0; j < mu.length; j++) {
                    mu[j] += row[j] / x.length;
                }
            }
            return mu;
        }
    }

    /** Centering whose transform walks the mean and reads each row at the same index, never comparing their lengths. */
    public static final class UncheckedTransformCentering extends MeanCentering {
        @Override
        public double[][] transform(double[][] x, double[] mean) {
            double[][] y = new double[x.length][mean.length];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < mean.length; j++) {
                    y[i][j] = x[i][j] - mean[j];
                }
            }
            return y;
        }
    }

    /** PCA whose transform projects min(D, row length) entries of each row, never comparing the lengths. */
    public static final class UncheckedTransformPca extends PrincipalComponents {
        @Override
        public double[][] transform(double[][] x, PrincipalAxes axes) {
            int d = axes.mean().length;
            double[][] y = new double[x.length][d];
            for (int i = 0; i < x.length; i++) {
                for (int k = 0; k < d; k++) {
                    for (int j = 0; j < Math.min(d, x[i].length); j++) {
                        y[i][k] += (x[i][j] - axes.mean()[j]) * axes.axes()[k][j];
                    }
                }
            }
            return y;
        }
    }

    /** PCA that takes data without features for degenerate, as it takes data without rows. */
    public static final class FeaturelessRejectingPca extends PrincipalComponents {
        @Override
        public PrincipalAxes fit(double[][] x) {
            requireFeatures(x);
            return super.fit(x);
        }
    }

    /** Whitening that takes data without features for degenerate, as it takes data without rows. */
    public static final class FeaturelessRejectingWhitening extends PcaWhitening {
        public FeaturelessRejectingWhitening(double eps) {
            super(eps);
        }

        @Override
        public PrincipalAxes fit(double[][] x) {
            requireFeatures(x);
            return super.fit(x);
        }
    }

    private static void requireFeatures(double[][] x) {
        if (x.length > 0 && x[0].length == 0) {
            throw new IllegalArgumentException("the data has no feature");
        }
    }

    /** Keeps the eigen-solver's increasing order (as numpy.linalg.eigh returns it): never sorted. */
    public static final class AscendingPca extends PrincipalComponents {
        @Override
        public PrincipalAxes fit(double[][] x) {
            PrincipalAxes f = super.fit(x);
            int d = f.variances().length;
            double[][] axes = new double[d][];
            double[] variances = new double[d];
            for (int k = 0; k < d; k++) {
                axes[k] = f.axes()[d - 1 - k];
                variances[k] = f.variances()[d - 1 - k];
            }
            return new PrincipalAxes(f.mean(), axes, variances);
        }
    }

    /** Whitening of data that was never centered: X^T X / N taken for the covariance, mean 0. */
    public static final class UncenteredWhitening extends PcaWhitening {
        public UncenteredWhitening(double eps) {
            super(eps);
        }

        @Override
        public PrincipalAxes fit(double[][] x) {
            int d = x[0].length;
            DMatrixRMaj m = new DMatrixRMaj(d, d);
            for (double[] row : x) {
                for (int j = 0; j < d; j++) {
                    for (int k = 0; k < d; k++) {
                        m.add(j, k, row[j] * row[k] / x.length);
                    }
                }
            }
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
            eig.decompose(m);
            Integer[] order = new Integer[d];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> Double.compare(eig.getEigenvalue(b).real, eig.getEigenvalue(a).real));
            double[][] axes = new double[d][];
            double[] variances = new double[d];
            for (int k = 0; k < d; k++) {
                axes[k] = eig.getEigenVector(order[k]).data.clone();
                variances[k] = eig.getEigenvalue(order[k]).real;
            }
            return new PrincipalAxes(new double[d], axes, variances);
        }
    }
}
