package nngrade.bugs.regularization;

import java.util.Arrays;
import nngrade.problems.normalization.BatchNorm;
import nngrade.problems.normalization.NormGradients;

/**
 * Batch norm written out plainly, as a student would, with one slip chosen: a check left out or
 * the textbook one-pass variance. With {@link Slip#NONE} it is a correct batch norm.
 */
public final class PlainBatchNorm implements BatchNorm {

    /** The one thing this implementation gets wrong. */
    public enum Slip {
        NONE,
        /** Never compares the lengths of gamma, beta, the rows of X and dY with D. */
        NO_SHAPE_CHECKS,
        /** Takes any features, eps and momentum, NaN included. */
        NO_RANGE_CHECKS,
        /** var = (1/N) sum x^2 - mean^2: cancels when the mean is large against the spread. */
        ONE_PASS_VARIANCE
    }

    private final int features;
    private final double eps;
    private final double momentum;
    private final Slip slip;
    private final double[] runningMean;
    private final double[] runningVar;

    public PlainBatchNorm(int features, double eps, double momentum, Slip slip) {
        if (slip != Slip.NO_RANGE_CHECKS && (features < 1 || !(eps >= 0) || !(momentum >= 0 && momentum <= 1))) {
            throw new IllegalArgumentException("features, eps or momentum out of range");
        }
        this.features = features;
        this.eps = eps;
        this.momentum = momentum;
        this.slip = slip;
        this.runningMean = new double[features];
        this.runningVar = new double[features];
        Arrays.fill(runningVar, 1);
    }

    @Override
    public double[][] forwardTrain(double[][] x, double[] gamma, double[] beta) {
        checkShapes(x, gamma, beta, null);
        requireTwoRows(x);
        int n = x.length;
        double[][] y = new double[n][features];
        for (int j = 0; j < features; j++) {
            double mean = mean(x, j);
            double var = variance(x, j, mean);
            for (int i = 0; i < n; i++) {
                y[i][j] = gamma[j] * (x[i][j] - mean) / Math.sqrt(var + eps) + beta[j];
            }
            runningMean[j] = (1 - momentum) * runningMean[j] + momentum * mean;
            runningVar[j] = (1 - momentum) * runningVar[j] + momentum * var * n / (n - 1);
        }
        return y;
    }

    @Override
    public double[][] forwardTest(double[][] x, double[] gamma, double[] beta) {
        checkShapes(x, gamma, beta, null);
        double[][] y = new double[x.length][features];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < features; j++) {
                y[i][j] = gamma[j] * (x[i][j] - runningMean[j]) / Math.sqrt(runningVar[j] + eps) + beta[j];
            }
        }
        return y;
    }

    @Override
    public NormGradients backward(double[][] x, double[] gamma, double[] beta, double[][] dy) {
        checkShapes(x, gamma, beta, dy);
        requireTwoRows(x);
        int n = x.length;
        double[][] dx = new double[n][features];
        double[] dGamma = new double[features];
        double[] dBeta = new double[features];
        for (int j = 0; j < features; j++) {
            double mean = mean(x, j);
            double inverseStd = 1 / Math.sqrt(variance(x, j, mean) + eps);
            double meanG = 0;
            double meanGx = 0;
            for (int i = 0; i < n; i++) {
                double xhat = (x[i][j] - mean) * inverseStd;
                dGamma[j] += dy[i][j] * xhat;
                dBeta[j] += dy[i][j];
                meanG += dy[i][j] * gamma[j] / n;
                meanGx += dy[i][j] * gamma[j] * xhat / n;
            }
            for (int i = 0; i < n; i++) {
                double xhat = (x[i][j] - mean) * inverseStd;
                dx[i][j] = (dy[i][j] * gamma[j] - meanG - xhat * meanGx) * inverseStd;
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

    private double variance(double[][] x, int j, double mean) {
        double s = 0;
        for (double[] row : x) {
            s += slip == Slip.ONE_PASS_VARIANCE ? row[j] * row[j] : (row[j] - mean) * (row[j] - mean);
        }
        return slip == Slip.ONE_PASS_VARIANCE ? s / x.length - mean * mean : s / x.length;
    }

    private static double mean(double[][] x, int j) {
        double s = 0;
        for (double[] row : x) {
            s += row[j];
        }
        return s / x.length;
    }

    private static void requireTwoRows(double[][] x) {
        if (x.length < 2) {
            throw new IllegalArgumentException("train mode needs at least 2 examples");
        }
    }

    private void checkShapes(double[][] x, double[] gamma, double[] beta, double[][] dy) {
        if (slip == Slip.NO_SHAPE_CHECKS) {
            return;
        }
        boolean bad = gamma.length != features || beta.length != features || dy != null && dy.length != x.length;
        for (int i = 0; i < x.length && !bad; i++) {
            bad = x[i].length != features || dy != null && dy[i].length != features;
        }
        if (bad) {
            throw new IllegalArgumentException("shapes do not agree with D = " + features);
        }
    }
}
