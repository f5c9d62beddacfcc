package nngrade.reference.normalization;

import java.util.Arrays;
import nngrade.problems.normalization.BatchNorm;
import nngrade.problems.normalization.NormGradients;
import nngrade.reference.Shapes;

/**
 * norm.batchnorm, torch.nn.BatchNorm1d(features, eps, momentum) on a batch X (N by D).
 *
 * <p>Train mode standardizes every feature (column) with the batch mean and the BIASED batch
 * variance, then scales and shifts: y = gamma xhat + beta (Ioffe and Szegedy, 2015). It also
 * updates the running statistics by an exponential average with torch's momentum convention,
 * running = (1 - momentum) running + momentum batch, where the running variance takes the
 * UNBIASED batch variance N/(N-1) var, as torch does. Test mode uses the running statistics
 * ("a single fixed empirical mean of activations during training is used").
 */
public class BatchNormalization implements BatchNorm {

    private final int features;
    private final double eps;
    private final double momentum;
    private final double[] runningMean;
    private final double[] runningVar;

    /**
     * @param features D &gt;= 1
     * @param eps      &gt;= 0, added to the variance
     * @param momentum in [0, 1], the weight of the new batch in the running statistics
     * @throws IllegalArgumentException if an argument is out of range
     */
    public BatchNormalization(int features, double eps, double momentum) {
        if (features < 1 || !(eps >= 0) || !(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException("need features >= 1, eps >= 0, momentum in [0, 1]; got "
                    + features + ", " + eps + ", " + momentum);
        }
        this.features = features;
        this.eps = eps;
        this.momentum = momentum;
        this.runningMean = new double[features]; // torch starts at mean 0 ...
        this.runningVar = new double[features];
        Arrays.fill(runningVar, 1); // ... and variance 1
    }

    /**
     * @param x     N by D, N &gt;= 2 (not modified)
     * @param gamma length D (not modified)
     * @param beta  length D (not modified)
     * @return a new matrix y_ij = gamma_j xhat_ij + beta_j; the running statistics are updated
     */
    @Override
    public double[][] forwardTrain(double[][] x, double[] gamma, double[] beta) {
        checkTrainShapes(x, gamma, beta);
        int n = x.length;
        double[][] y = new double[n][features];
        for (int j = 0; j < features; j++) {
            double[] column = Columns.column(x, j);
            Standardization s = Standardization.of(column, eps);
            for (int i = 0; i < n; i++) {
                y[i][j] = gamma[j] * s.xhat(i) + beta[j];
            }
            updateRunning(j, mean(column), s.variance() * n / (n - 1));
        }
        return y;
    }

    /**
     * @param x     N by D (not modified)
     * @param gamma length D (not modified)
     * @param beta  length D (not modified)
     * @return a new matrix y_ij = gamma_j (x_ij - running_mean_j)/sqrt(running_var_j + eps) + beta_j
     */
    @Override
    public double[][] forwardTest(double[][] x, double[] gamma, double[] beta) {
        checkShapes(x, gamma, beta);
        double[][] y = new double[x.length][features];
        for (int j = 0; j < features; j++) {
            double inverseStd = 1 / Math.sqrt(runningVar[j] + eps);
            for (int i = 0; i < x.length; i++) {
                y[i][j] = gamma[j] * (x[i][j] - runningMean[j]) * inverseStd + beta[j];
            }
        }
        return y;
    }

    /**
     * @param x     N by D, N &gt;= 2 (not modified)
     * @param gamma length D (not modified)
     * @param beta  length D (not modified)
     * @param dy    dL/dY, N by D (not modified)
     * @return dX through the batch statistics, dGamma = sum_i dy_ij xhat_ij, dBeta = sum_i dy_ij
     */
    @Override
    public NormGradients backward(double[][] x, double[] gamma, double[] beta, double[][] dy) {
        checkTrainShapes(x, gamma, beta);
        Shapes.requireShape(dy, x.length, features, "dY");
        double[][] dx = new double[x.length][features];
        double[] dGamma = new double[features];
        double[] dBeta = new double[features];
        for (int j = 0; j < features; j++) {
            Standardization s = Standardization.of(Columns.column(x, j), eps);
            for (int i = 0; i < x.length; i++) {
                dGamma[j] += dy[i][j] * s.xhat(i);
                dBeta[j] += dy[i][j];
            }
            double[] dColumn = s.backward(Columns.scaledColumn(dy, j, gamma[j])); // dL/dxhat = dy gamma
            for (int i = 0; i < x.length; i++) {
                dx[i][j] = dColumn[i];
            }
        }
        return new NormGradients(dx, dGamma, dBeta);
    }

    @Override
    public double[] runningMean() {
        return runningMean.clone();
    }

    @Override
    public double[] runningVar() {
        return runningVar.clone();
    }

    /** running = (1 - momentum) running + momentum batch (torch's convention). */
    private void updateRunning(int j, double batchMean, double unbiasedVar) {
        runningMean[j] = (1 - momentum) * runningMean[j] + momentum * batchMean;
        runningVar[j] = (1 - momentum) * runningVar[j] + momentum * unbiasedVar;
    }

    private void checkTrainShapes(double[][] x, double[] gamma, double[] beta) {
        checkShapes(x, gamma, beta);
        if (x.length < 2) {
            throw new IllegalArgumentException("train mode needs at least 2 examples per batch, got "
                    + x.length);
        }
    }

    private void checkShapes(double[][] x, double[] gamma, double[] beta) {
        Shapes.requireLength(gamma, features, "gamma");
        Shapes.requireLength(beta, features, "beta");
        Shapes.requireShape(x, x.length, features, "X");
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double e : v) {
            s += e;
        }
        return s / v.length;
    }
}
