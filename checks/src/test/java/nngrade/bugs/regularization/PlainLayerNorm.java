package nngrade.bugs.regularization;

import nngrade.problems.normalization.LayerNorm;
import nngrade.problems.normalization.NormGradients;

/**
 * Layer norm written out plainly, as a student would, with one slip chosen: a check left out,
 * whitening's rule for eps, or the textbook one-pass variance. With {@link Slip#NONE} it is a
 * correct layer norm.
 */
public final class PlainLayerNorm implements LayerNorm {

    /** The one thing this implementation gets wrong. */
    public enum Slip {
        NONE,
        /** Never compares the lengths of beta, the rows of X and dY with the length D of gamma. */
        NO_SHAPE_CHECKS,
        /** Asks for eps &gt; 0 (whitening's rule) where 0 is allowed. */
        REJECTS_ZERO_EPS,
        /** var = (1/D) sum x^2 - mean^2: cancels when the mean is large against the spread. */
        ONE_PASS_VARIANCE
    }

    private final double eps;
    private final Slip slip;

    public PlainLayerNorm(double eps, Slip slip) {
        if (slip == Slip.REJECTS_ZERO_EPS ? !(eps > 0) : !(eps >= 0)) {
            throw new IllegalArgumentException("eps out of range: " + eps);
        }
        this.eps = eps;
        this.slip = slip;
    }

    @Override
    public double[][] forward(double[][] x, double[] gamma, double[] beta) {
        checkShapes(x, gamma, beta, null);
        double[][] y = new double[x.length][gamma.length];
        for (int i = 0; i < x.length; i++) {
            double[] xhat = standardize(x[i], gamma.length);
            for (int j = 0; j < gamma.length; j++) {
                y[i][j] = gamma[j] * xhat[j] + beta[j];
            }
        }
        return y;
    }

    @Override
    public NormGradients backward(double[][] x, double[] gamma, double[] beta, double[][] dy) {
        checkShapes(x, gamma, beta, dy);
        int d = gamma.length;
        double[][] dx = new double[x.length][d];
        double[] dGamma = new double[d];
        double[] dBeta = new double[d];
        for (int i = 0; i < x.length; i++) {
            double[] xhat = standardize(x[i], d);
            double inverseStd = 1 / Math.sqrt(variance(x[i], d, mean(x[i], d)) + eps);
            double meanG = 0;
            double meanGx = 0;
            for (int j = 0; j < d; j++) {
                dGamma[j] += dy[i][j] * xhat[j];
                dBeta[j] += dy[i][j];
                meanG += dy[i][j] * gamma[j] / d;
                meanGx += dy[i][j] * gamma[j] * xhat[j] / d;
            }
            for (int j = 0; j < d; j++) {
                dx[i][j] = (dy[i][j] * gamma[j] - meanG - xhat[j] * meanGx) * inverseStd;
            }
        }
        return new NormGradients(dx, dGamma, dBeta);
    }

    private double[] standardize(double[] row, int d) {
        double mean = mean(row, d);
        double inverseStd = 1 / Math.sqrt(variance(row, d, mean) + eps);
        double[] xhat = new double[d];
        for (int j = 0; j < d; j++) {
            xhat[j] = (row[j] - mean) * inverseStd;
        }
        return xhat;
    }

    private double variance(double[] row, int d, double mean) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            s += slip == Slip.ONE_PASS_VARIANCE ? row[j] * row[j] : (row[j] - mean) * (row[j] - mean);
        }
        return slip == Slip.ONE_PASS_VARIANCE ? s / d - mean * mean : s / d;
    }

    private static double mean(double[] row, int d) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            s += row[j];
        }
        return s / d;
    }

    private void checkShapes(double[][] x, double[] gamma, double[] beta, double[][] dy) {
        if (slip == Slip.NO_SHAPE_CHECKS) {
            return;
        }
        int d = gamma.length;
        boolean bad = beta.length != d || dy != null && dy.length != x.length;
        for (int i = 0; i < x.length && !bad; i++) {
            bad = x[i].length != d || dy != null && dy[i].length != d;
        }
        if (bad) {
            throw new IllegalArgumentException("shapes do not agree with D = " + d);
        }
    }
}
