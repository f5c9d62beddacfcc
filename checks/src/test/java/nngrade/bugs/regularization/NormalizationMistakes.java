package nngrade.bugs.regularization;

import nngrade.problems.normalization.BatchNorm;
import nngrade.problems.normalization.LayerNorm;
import nngrade.problems.normalization.NormGradients;
import nngrade.reference.normalization.BatchNormalization;
import nngrade.reference.normalization.LayerNormalization;

/** Realistic mistakes in batch norm and layer norm. */
public final class NormalizationMistakes {

    private NormalizationMistakes() {
    }

    /** Normalizes with the UNBIASED batch variance (divided by N - 1) in the forward pass. */
    public static final class UnbiasedBatchNorm implements BatchNorm {
        private final BatchNormalization state;
        private final double eps;

        public UnbiasedBatchNorm(int features, double eps, double momentum) {
            this.state = new BatchNormalization(features, eps, momentum);
            this.eps = eps;
        }

        @Override
        public double[][] forwardTrain(double[][] x, double[] gamma, double[] beta) {
            state.forwardTrain(x, gamma, beta); // the running statistics, right
            int n = x.length;
            double[][] y = new double[n][gamma.length];
            for (int j = 0; j < gamma.length; j++) {
                double mu = 0;
                for (double[] row : x) {
                    mu += row[j] / n;
                }
                double var = 0;
                for (double[] row : x) {
                    var += (row[j] - mu) * (row[j] - mu) / (n - 1); // the mistake: N - 1
                }
                for (int i = 0; i < n; i++) {
                    y[i][j] = gamma[j] * (x[i][j] - mu) / Math.sqrt(var + eps) + beta[j];
                }
            }
            return y;
        }

        @Override
        public double[][] forwardTest(double[][] x, double[] gamma, double[] beta) {
            return state.forwardTest(x, gamma, beta);
        }

        @Override
        public NormGradients backward(double[][] x, double[] gamma, double[] beta, double[][] dy) {
            return state.backward(x, gamma, beta, dy);
        }

        @Override
        public double[] runningMean() {
            return state.runningMean();
        }

        @Override
        public double[] runningVar() {
            return state.runningVar();
        }
    }

    /**
     * running = momentum running + (1 - momentum) batch: the weights of the exponential average
     * swapped (momentum read as the weight of the past, as in an optimizer's momentum).
     */
    public static BatchNorm momentumSwapped(int features, double eps, double momentum) {
        return new BatchNormalization(features, eps, 1 - momentum);
    }

    /** Test mode normalizes with the test batch's own statistics instead of the running ones. */
    public static final class BatchStatisticsAtTest extends BatchNormalization {
        private final double eps;

        public BatchStatisticsAtTest(int features, double eps, double momentum) {
            super(features, eps, momentum);
            this.eps = eps;
        }

        @Override
        public double[][] forwardTest(double[][] x, double[] gamma, double[] beta) {
            super.forwardTest(x, gamma, beta); // the shapes, checked
            return overColumns(x, gamma, beta, eps);
        }
    }

    /** Layer norm that standardizes each feature over the batch (batch norm's axis). */
    public static final class LayerNormOverBatch implements LayerNorm {
        private final double eps;
        private final LayerNormalization checks;

        public LayerNormOverBatch(double eps) {
            this.eps = eps;
            this.checks = new LayerNormalization(eps); // eps, checked
        }

        @Override
        public double[][] forward(double[][] x, double[] gamma, double[] beta) {
            checks.forward(x, gamma, beta); // the shapes, checked
            return overColumns(x, gamma, beta, eps);
        }

        @Override
        public NormGradients backward(double[][] x, double[] gamma, double[] beta, double[][] dy) {
            checks.backward(x, gamma, beta, dy); // the shapes, checked
            if (x.length < 2) { // one example: every xhat is 0, so only beta gets a gradient
                double[] dBeta = new double[gamma.length];
                for (double[] row : dy) {
                    for (int j = 0; j < dBeta.length; j++) {
                        dBeta[j] += row[j];
                    }
                }
                return new NormGradients(new double[x.length][gamma.length], new double[gamma.length], dBeta);
            }
            return new BatchNormalization(gamma.length, eps, 0).backward(x, gamma, beta, dy);
        }
    }

    /** Batch norm that never compares the shapes of its arguments with D. */
    public static BatchNorm batchNormWithoutShapeChecks(int features, double eps, double momentum) {
        return new PlainBatchNorm(features, eps, momentum, PlainBatchNorm.Slip.NO_SHAPE_CHECKS);
    }

    /** Batch norm that takes any features, eps and momentum. */
    public static BatchNorm batchNormWithoutRangeChecks(int features, double eps, double momentum) {
        return new PlainBatchNorm(features, eps, momentum, PlainBatchNorm.Slip.NO_RANGE_CHECKS);
    }

    /** Batch norm with the one-pass variance (1/N) sum x^2 - mean^2. */
    public static BatchNorm batchNormOnePassVariance(int features, double eps, double momentum) {
        return new PlainBatchNorm(features, eps, momentum, PlainBatchNorm.Slip.ONE_PASS_VARIANCE);
    }

    /** Layer norm that never compares the shapes of its arguments. */
    public static LayerNorm layerNormWithoutShapeChecks(double eps) {
        return new PlainLayerNorm(eps, PlainLayerNorm.Slip.NO_SHAPE_CHECKS);
    }

    /** Layer norm that asks for eps &gt; 0, whitening's rule, where eps = 0 is allowed. */
    public static LayerNorm layerNormRejectingZeroEps(double eps) {
        return new PlainLayerNorm(eps, PlainLayerNorm.Slip.REJECTS_ZERO_EPS);
    }

    /** Layer norm with the one-pass variance (1/D) sum x^2 - mean^2. */
    public static LayerNorm layerNormOnePassVariance(double eps) {
        return new PlainLayerNorm(eps, PlainLayerNorm.Slip.ONE_PASS_VARIANCE);
    }

    /** y_ij = gamma_j (x_ij - mu_j)/sqrt(var_j + eps) + beta_j with column statistics (biased). */
    static double[][] overColumns(double[][] x, double[] gamma, double[] beta, double eps) {
        int n = x.length;
        double[][] y = new double[n][gamma.length];
        for (int j = 0; j < gamma.length; j++) {
            double mu = 0;
            for (double[] row : x) {
                mu += row[j] / n;
            }
            double var = 0;
            for (double[] row : x) {
                var += (row[j] - mu) * (row[j] - mu) / n;
            }
            for (int i = 0; i < n; i++) {
                y[i][j] = gamma[j] * (x[i][j] - mu) / Math.sqrt(var + eps) + beta[j];
            }
        }
        return y;
    }
}
