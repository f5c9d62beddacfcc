package nngrade.variants;

import java.util.Random;
import java.util.function.DoubleSupplier;
import nngrade.problems.augmentation.ImageTransform;
import nngrade.problems.augmentation.RandomImageTransform;
import nngrade.problems.averaging.MovingAverage;
import nngrade.problems.initialization.FanMode;
import nngrade.problems.initialization.GainTable;
import nngrade.problems.initialization.Initializer;
import nngrade.problems.initialization.Nonlinearity;
import nngrade.problems.initialization.ProductVariance;
import nngrade.problems.normalization.BatchNorm;
import nngrade.problems.normalization.LayerNorm;
import nngrade.problems.normalization.NormGradients;
import nngrade.problems.preprocessing.Centering;
import nngrade.problems.preprocessing.Pca;
import nngrade.problems.preprocessing.PrincipalAxes;
import nngrade.problems.preprocessing.Whitening;
import nngrade.problems.regularization.Dropout;
import nngrade.problems.regularization.DropoutResult;
import nngrade.reference.ReferenceSolutions;

/**
 * Section C written differently from the reference but correctly: other loop and draw orders
 * where the contract leaves them free (initializers), the draws exactly as pinned where it does
 * (dropout masks, crop, jitter), other but equivalent formulas (the batch-norm backward step by
 * step through the graph, the layer-norm backward through its Jacobian, EMA and Polyak by other
 * updates, an own Jacobi eigen-solver for PCA). The checks must give it full marks: they may not
 * insist on the reference's way of computing.
 */
class SectionCVariants extends ReferenceSolutions {

    // ---- preprocessing ----

    /** @return the column count of a non-empty rectangular x, else IllegalArgumentException */
    static int width(double[][] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException("the data needs at least one row");
        }
        int d = x[0].length;
        for (double[] row : x) {
            if (row.length != d) {
                throw new IllegalArgumentException("ragged rows: " + row.length + " and " + d);
            }
        }
        return d;
    }

    /** The mean as a running update mu += (x_i - mu)/(i + 1), row by row. */
    static double[] runningMean(double[][] x) {
        int d = width(x);
        double[] mu = new double[d];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                mu[j] += (x[i][j] - mu[j]) / (i + 1);
            }
        }
        return mu;
    }

    @Override
    public Centering centering() {
        // the mean by a running update instead of a sum divided by N; transform column by column
        return new Centering() {
            public double[] fit(double[][] x) {
                return runningMean(x);
            }

            public double[][] transform(double[][] x, double[] mean) {
                for (double[] row : x) {
                    if (row.length != mean.length) {
                        throw new IllegalArgumentException("a row of length " + row.length + ", expected " + mean.length);
                    }
                }
                double[][] y = new double[x.length][mean.length];
                for (int j = mean.length - 1; j >= 0; j--) {
                    for (int i = 0; i < x.length; i++) {
                        y[i][j] = x[i][j] - mean[j];
                    }
                }
                return y;
            }
        };
    }

    /**
     * PCA fit with an own cyclic Jacobi eigen-solver (no EJML) started from a Householder basis,
     * the covariance as X_c^T X_c / N column by column, each axis signed with its largest component
     * negative, and each variance the Rayleigh quotient u^T C u of its axis.
     */
    static PrincipalAxes jacobiFit(double[][] x) {
        int d = width(x);
        double[] mu = new double[d];
        for (int j = 0; j < d; j++) {
            double s = 0;
            for (int i = x.length - 1; i >= 0; i--) {
                s += x[i][j];
            }
            mu[j] = s / x.length;
        }
        if (d == 0) {
            return new PrincipalAxes(mu, new double[0][0], new double[0]);
        }
        double[][] c = new double[d][d];
        for (int j = 0; j < d; j++) {
            for (int k = j; k < d; k++) {
                double s = 0;
                for (double[] row : x) {
                    s += (row[j] - mu[j]) * (row[k] - mu[k]);
                }
                c[j][k] = s / x.length;
                c[k][j] = c[j][k];
            }
        }
        // start from the Householder reflection Q = I - (2/D) 1 1^T instead of the identity: A = Q C Q,
        // V = Q, so that a repeated eigenvalue (all of them for N = 1) gets a basis other than e_k
        double[][] v = new double[d][d];
        for (int j = 0; j < d; j++) {
            for (int k = 0; k < d; k++) {
                v[j][k] = (j == k ? 1.0 : 0.0) - 2.0 / d;
            }
        }
        double[][] cq = new double[d][d];
        for (int j = 0; j < d; j++) {
            for (int k = 0; k < d; k++) {
                double s = 0;
                for (int l = 0; l < d; l++) {
                    s += c[j][l] * v[l][k];
                }
                cq[j][k] = s;
            }
        }
        double[][] a = new double[d][d];
        for (int j = 0; j < d; j++) {
            for (int k = j; k < d; k++) {
                double s = 0;
                for (int l = 0; l < d; l++) {
                    s += v[l][j] * cq[l][k];
                }
                a[j][k] = s;
                a[k][j] = s;
            }
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double all = 0;
            for (int p = 0; p < d; p++) {
                for (int q = 0; q < d; q++) {
                    all += a[p][q] * a[p][q];
                    if (p != q) {
                        off += a[p][q] * a[p][q];
                    }
                }
            }
            if (off == 0 || off <= 1e-32 * all) {
                break;
            }
            for (int p = 0; p < d - 1; p++) {
                for (int q = p + 1; q < d; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (Double.isInfinite(theta)) {
                        t = 0;
                    }
                    double cs = 1 / Math.sqrt(t * t + 1);
                    double sn = t * cs;
                    for (int k = 0; k < d; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = cs * akp - sn * akq;
                        a[k][q] = sn * akp + cs * akq;
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = cs * vkp - sn * vkq;
                        v[k][q] = sn * vkp + cs * vkq;
                    }
                    for (int k = 0; k < d; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = cs * apk - sn * aqk;
                        a[q][k] = sn * apk + cs * aqk;
                    }
                }
            }
        }
        double[][] axes = new double[d][d];
        double[] lambda = new double[d];
        for (int k = 0; k < d; k++) {
            double norm = 0;
            for (int j = 0; j < d; j++) {
                norm += v[j][k] * v[j][k];
            }
            norm = Math.sqrt(norm);
            int largest = 0;
            for (int j = 0; j < d; j++) {
                largest = Math.abs(v[j][k]) > Math.abs(v[largest][k]) ? j : largest;
            }
            double sign = v[largest][k] > 0 ? -1 : 1; // the sign is free: largest component negative
            for (int j = 0; j < d; j++) {
                axes[k][j] = sign * v[j][k] / norm; // column k of V becomes row k
            }
            double q = 0;
            for (int j = 0; j < d; j++) {
                double cu = 0;
                for (int l = 0; l < d; l++) {
                    cu += c[j][l] * axes[k][l];
                }
                q += axes[k][j] * cu;
            }
            lambda[k] = Math.max(0, q);
        }
        for (int k = 1; k < d; k++) { // insertion sort, decreasing variance
            for (int m = k; m > 0 && lambda[m] > lambda[m - 1]; m--) {
                double tl = lambda[m];
                lambda[m] = lambda[m - 1];
                lambda[m - 1] = tl;
                double[] ta = axes[m];
                axes[m] = axes[m - 1];
                axes[m - 1] = ta;
            }
        }
        return new PrincipalAxes(mu, axes, lambda);
    }

    /** (X - mu) U^T with each output axis scaled by scale[k] (null: 1), summed from the last feature. */
    static double[][] project(double[][] x, PrincipalAxes fit, double[] scale) {
        double[] mu = fit.mean();
        double[][] u = fit.axes();
        int d = mu.length;
        double[][] y = new double[x.length][u.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException("a row of length " + x[i].length + ", expected " + d);
            }
            for (int k = 0; k < u.length; k++) {
                double s = 0;
                for (int j = d - 1; j >= 0; j--) {
                    s += u[k][j] * (x[i][j] - mu[j]);
                }
                y[i][k] = scale == null ? s : s * scale[k];
            }
        }
        return y;
    }

    @Override
    public Pca pca() {
        // own Jacobi eigen-solver, Rayleigh-quotient variances, projection summed backwards
        return new Pca() {
            public PrincipalAxes fit(double[][] x) {
                return jacobiFit(x);
            }

            public double[][] transform(double[][] x, PrincipalAxes axes) {
                return project(x, axes, null);
            }
        };
    }

    @Override
    public Whitening whitening(double eps) {
        // the Jacobi fit; the scaling as a multiplication by 1/sqrt(lambda + eps) instead of a division
        if (!(eps > 0)) {
            throw new IllegalArgumentException("eps must be > 0, got " + eps);
        }
        return new Whitening() {
            public PrincipalAxes fit(double[][] x) {
                return jacobiFit(x);
            }

            public double[][] transform(double[][] x, PrincipalAxes axes) {
                double[] lambda = axes.variances();
                double[] scale = new double[lambda.length];
                for (int k = 0; k < lambda.length; k++) {
                    scale[k] = 1 / Math.sqrt(lambda[k] + eps);
                }
                return project(x, axes, scale);
            }
        };
    }

    // ---- initialization ----

    static void requireFans(int fanOut, int fanIn) {
        if (fanOut < 0 || fanIn < 0) {
            throw new IllegalArgumentException("negative fan: " + fanOut + " by " + fanIn);
        }
    }

    /** std times standard normals, drawn column by column (the contract leaves the order free). */
    static double[][] gaussianByColumns(int fanOut, int fanIn, double std, Random random) {
        double[][] w = new double[fanOut][fanIn];
        for (int j = 0; j < fanIn; j++) {
            for (int i = 0; i < fanOut; i++) {
                w[i][j] = random.nextGaussian() * std;
            }
        }
        return w;
    }

    /** U(lo, hi) as lo + (hi - lo) u, drawn from the last entry back to the first. */
    static double[][] uniformBackwards(int fanOut, int fanIn, double bound, Random random) {
        double[][] w = new double[fanOut][fanIn];
        double lo = -bound;
        double hi = bound;
        for (int i = fanOut - 1; i >= 0; i--) {
            for (int j = fanIn - 1; j >= 0; j--) {
                w[i][j] = lo + (hi - lo) * random.nextDouble();
            }
        }
        return w;
    }

    /**
     * W = 0 * randn, the notes' 0.01 * randn with the scale 0 (the reference allocates zeros and
     * draws nothing). Every entry is 0, but 0.0 times a negative draw is -0.0: init.zeros' agreement
     * check once compared with Arrays.deepEquals, which tells -0.0 from 0.0 bit by bit, and failed it.
     */
    @Override
    public Initializer zerosInit() {
        // W = 0 * randn: zeros through the Gaussian helper with std 0 (some entries -0.0)
        return (fanOut, fanIn, random) -> {
            requireFans(fanOut, fanIn);
            return gaussianByColumns(fanOut, fanIn, 0.0, random);
        };
    }

    @Override
    public Initializer smallRandomInit() {
        // column-major draws, the normal divided by 100 instead of multiplied by 0.01
        return (fanOut, fanIn, random) -> {
            requireFans(fanOut, fanIn);
            double[][] w = new double[fanOut][fanIn];
            for (int j = 0; j < fanIn; j++) {
                for (int i = 0; i < fanOut; i++) {
                    w[i][j] = random.nextGaussian() / 100;
                }
            }
            return w;
        };
    }

    @Override
    public Initializer unitRandomInit() {
        // rows filled from the last to the first
        return (fanOut, fanIn, random) -> {
            requireFans(fanOut, fanIn);
            double[][] w = new double[fanOut][fanIn];
            for (int i = fanOut - 1; i >= 0; i--) {
                for (int j = 0; j < fanIn; j++) {
                    w[i][j] = random.nextGaussian();
                }
            }
            return w;
        };
    }

    @Override
    public Initializer lecunInit() {
        // the normal divided by sqrt(fan_in), column-major draws
        return (fanOut, fanIn, random) -> {
            requireFans(fanOut, fanIn);
            double[][] w = new double[fanOut][fanIn];
            if (fanOut == 0 || fanIn == 0) {
                return w;
            }
            double root = Math.sqrt(fanIn);
            for (int j = 0; j < fanIn; j++) {
                for (int i = 0; i < fanOut; i++) {
                    w[i][j] = random.nextGaussian() / root;
                }
            }
            return w;
        };
    }

    static void requireGain(double gain) {
        if (Double.isNaN(gain) || gain < 0) {
            throw new IllegalArgumentException("gain must be >= 0, got " + gain);
        }
    }

    @Override
    public Initializer xavierUniformInit(double gain) {
        // bound from the variance, sqrt(3 Var), and lo + (hi - lo) u drawn backwards
        return (fanOut, fanIn, random) -> {
            requireGain(gain);
            requireFans(fanOut, fanIn);
            if (fanOut == 0 || fanIn == 0) {
                return new double[fanOut][fanIn];
            }
            double variance = gain * gain * 2 / (fanIn + fanOut);
            return uniformBackwards(fanOut, fanIn, Math.sqrt(3 * variance), random);
        };
    }

    @Override
    public Initializer xavierNormalInit(double gain) {
        // std = gain sqrt(2) / sqrt(fan_in + fan_out), column-major draws
        return (fanOut, fanIn, random) -> {
            requireGain(gain);
            requireFans(fanOut, fanIn);
            if (fanOut == 0 || fanIn == 0) {
                return new double[fanOut][fanIn];
            }
            double std = gain * Math.sqrt(2) / Math.sqrt((double) fanIn + fanOut);
            return gaussianByColumns(fanOut, fanIn, std, random);
        };
    }

    /** calculate_gain by an if-chain; leaky ReLU as sqrt(2) / hypot(1, a). */
    static double gainOf(Nonlinearity nonlinearity, double a) {
        if (nonlinearity == null) {
            throw new IllegalArgumentException("Unsupported nonlinearity null");
        }
        if (nonlinearity == Nonlinearity.TANH) {
            return 5 / 3.0;
        }
        if (nonlinearity == Nonlinearity.RELU) {
            return Math.sqrt(2);
        }
        if (nonlinearity == Nonlinearity.LEAKY_RELU) {
            return Math.sqrt(2) / Math.hypot(1, a);
        }
        if (nonlinearity == Nonlinearity.SELU) {
            return 0.75;
        }
        return 1; // LINEAR, SIGMOID
    }

    /** The fan a mode divides by: the rows for FAN_OUT, the columns for FAN_IN. */
    static int fanOf(FanMode mode, int fanOut, int fanIn) {
        if (mode == null) {
            throw new IllegalArgumentException("Mode null not supported");
        }
        switch (mode) {
            case FAN_OUT:
                return fanOut;
            default:
                return fanIn;
        }
    }

    @Override
    public Initializer kaimingUniformInit(double a, FanMode mode, Nonlinearity nonlinearity) {
        // bound = sqrt(3) gain / sqrt(fan), the gain by hypot, lo + (hi - lo) u drawn backwards
        return (fanOut, fanIn, random) -> {
            requireFans(fanOut, fanIn);
            int fan = fanOf(mode, fanOut, fanIn);
            double gain = gainOf(nonlinearity, a);
            if (fanOut == 0 || fanIn == 0) {
                return new double[fanOut][fanIn];
            }
            return uniformBackwards(fanOut, fanIn, Math.sqrt(3) * gain / Math.sqrt(fan), random);
        };
    }

    @Override
    public Initializer kaimingNormalInit(double a, FanMode mode, Nonlinearity nonlinearity) {
        // std = sqrt(gain^2 / fan), column-major draws
        return (fanOut, fanIn, random) -> {
            requireFans(fanOut, fanIn);
            int fan = fanOf(mode, fanOut, fanIn);
            double gain = gainOf(nonlinearity, a);
            if (fanOut == 0 || fanIn == 0) {
                return new double[fanOut][fanIn];
            }
            return gaussianByColumns(fanOut, fanIn, Math.sqrt(gain * gain / fan), random);
        };
    }

    @Override
    public GainTable gainTable() {
        // an if-chain, leaky ReLU as sqrt(2) / hypot(1, a) instead of sqrt(2 / (1 + a^2))
        return SectionCVariants::gainOf;
    }

    @Override
    public ProductVariance productVariance() {
        // exact as Var(X) (Var(Y) + E[Y]^2) + E[X]^2 Var(Y); the estimate by Welford's update
        return new ProductVariance() {
            public double exact(double meanX, double varianceX, double meanY, double varianceY) {
                if (Double.isNaN(varianceX) || Double.isNaN(varianceY) || varianceX < 0 || varianceY < 0) {
                    throw new IllegalArgumentException("variances must be >= 0");
                }
                return varianceX * (varianceY + meanY * meanY) + meanX * meanX * varianceY;
            }

            public double estimate(DoubleSupplier x, DoubleSupplier y, int samples) {
                if (samples < 2) {
                    throw new IllegalArgumentException("need at least 2 samples, got " + samples);
                }
                double mean = 0;
                double m2 = 0;
                for (int k = 1; k <= samples; k++) {
                    double xk = x.getAsDouble();
                    double z = xk * y.getAsDouble();
                    double delta = z - mean;
                    mean += delta / k;
                    m2 += delta * (z - mean);
                }
                return m2 / (samples - 1);
            }
        };
    }

    // ---- normalization ----

    @Override
    public BatchNorm batchNorm(int features, double eps, double momentum) {
        // statistics accumulated row by row; the backward step by step through the graph
        // (dxhat, dvar, dmu, then dx) instead of the compact formula; running += m (batch - running)
        if (features < 1 || !(eps >= 0) || !(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException("features >= 1, eps >= 0, momentum in [0, 1]");
        }
        return new BatchNorm() {
            private final double[] runMean = new double[features];
            private final double[] runVar = filledWithOnes(features);

            private void shapes(double[][] x, double[] gamma, double[] beta, int minRows) {
                if (gamma.length != features || beta.length != features) {
                    throw new IllegalArgumentException("gamma and beta need length " + features);
                }
                if (x.length < minRows) {
                    throw new IllegalArgumentException("train mode needs at least 2 rows, got " + x.length);
                }
                for (double[] row : x) {
                    if (row.length != features) {
                        throw new IllegalArgumentException("a row of length " + row.length);
                    }
                }
            }

            private double[] means(double[][] x) {
                double[] mu = new double[features];
                for (double[] row : x) {
                    for (int j = 0; j < features; j++) {
                        mu[j] += row[j];
                    }
                }
                for (int j = 0; j < features; j++) {
                    mu[j] /= x.length;
                }
                return mu;
            }

            /** The sums of squared deviations per feature (two passes). */
            private double[] squaredDeviations(double[][] x, double[] mu) {
                double[] ss = new double[features];
                for (double[] row : x) {
                    for (int j = 0; j < features; j++) {
                        double dev = row[j] - mu[j];
                        ss[j] += dev * dev;
                    }
                }
                return ss;
            }

            public double[][] forwardTrain(double[][] x, double[] gamma, double[] beta) {
                shapes(x, gamma, beta, 2);
                int n = x.length;
                double[] mu = means(x);
                double[] ss = squaredDeviations(x, mu);
                double[][] y = new double[n][features];
                for (int j = 0; j < features; j++) {
                    double std = Math.sqrt(ss[j] / n + eps);
                    for (int i = 0; i < n; i++) {
                        y[i][j] = (x[i][j] - mu[j]) / std * gamma[j] + beta[j];
                    }
                    runMean[j] += momentum * (mu[j] - runMean[j]);
                    runVar[j] += momentum * (ss[j] / (n - 1) - runVar[j]);
                }
                return y;
            }

            public double[][] forwardTest(double[][] x, double[] gamma, double[] beta) {
                shapes(x, gamma, beta, 0);
                double[][] y = new double[x.length][features];
                for (int j = 0; j < features; j++) {
                    double scale = gamma[j] / Math.sqrt(runVar[j] + eps);
                    for (int i = 0; i < x.length; i++) {
                        y[i][j] = (x[i][j] - runMean[j]) * scale + beta[j];
                    }
                }
                return y;
            }

            public NormGradients backward(double[][] x, double[] gamma, double[] beta, double[][] dy) {
                shapes(x, gamma, beta, 2);
                if (dy.length != x.length) {
                    throw new IllegalArgumentException("dY needs " + x.length + " rows");
                }
                for (double[] row : dy) {
                    if (row.length != features) {
                        throw new IllegalArgumentException("a row of dY of length " + row.length);
                    }
                }
                int n = x.length;
                double[] mu = means(x);
                double[] ss = squaredDeviations(x, mu);
                double[][] dx = new double[n][features];
                double[] dGamma = new double[features];
                double[] dBeta = new double[features];
                for (int j = 0; j < features; j++) {
                    double var = ss[j] / n;
                    double std = Math.sqrt(var + eps);
                    double dVar = 0;
                    double dMu = 0;
                    double sumDev = 0;
                    for (int i = 0; i < n; i++) {
                        double dev = x[i][j] - mu[j];
                        double dXhat = dy[i][j] * gamma[j];
                        dBeta[j] += dy[i][j];
                        dGamma[j] += dy[i][j] * (dev / std);
                        dVar += dXhat * dev * -0.5 / (std * std * std);
                        dMu += -dXhat / std;
                        sumDev += dev;
                    }
                    dMu += dVar * -2 * sumDev / n;
                    for (int i = 0; i < n; i++) {
                        double dev = x[i][j] - mu[j];
                        dx[i][j] = dy[i][j] * gamma[j] / std + dVar * 2 * dev / n + dMu / n;
                    }
                }
                return new NormGradients(dx, dGamma, dBeta);
            }

            public double[] runningMean() {
                return runMean.clone();
            }

            public double[] runningVar() {
                return runVar.clone();
            }
        };
    }

    static double[] filledWithOnes(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 1;
        }
        return v;
    }

    @Override
    public LayerNorm layerNorm(double eps) {
        // the mean summed backwards, xhat by a division; the backward as the Jacobian of xhat
        // applied to dL/dxhat, J_kj = (delta_kj - 1/D - xhat_k xhat_j / D) / std
        if (Double.isNaN(eps) || eps < 0) {
            throw new IllegalArgumentException("eps must be >= 0, got " + eps);
        }
        return new LayerNorm() {
            private void shapes(double[][] x, double[] gamma, double[] beta) {
                if (gamma.length != beta.length) {
                    throw new IllegalArgumentException("gamma and beta differ in length");
                }
                for (double[] row : x) {
                    if (row.length != gamma.length) {
                        throw new IllegalArgumentException("a row of length " + row.length + ", expected " + gamma.length);
                    }
                }
            }

            /** @return {xhat..., std} of one row: xhat in the first D entries, std last */
            private double[] standardize(double[] row) {
                int d = row.length;
                double s = 0;
                for (int j = d - 1; j >= 0; j--) {
                    s += row[j];
                }
                double mu = s / d;
                double ss = 0;
                for (int j = d - 1; j >= 0; j--) {
                    ss += (row[j] - mu) * (row[j] - mu);
                }
                double std = Math.sqrt(ss / d + eps);
                double[] out = new double[d + 1];
                for (int j = 0; j < d; j++) {
                    out[j] = (row[j] - mu) / std;
                }
                out[d] = std;
                return out;
            }

            public double[][] forward(double[][] x, double[] gamma, double[] beta) {
                shapes(x, gamma, beta);
                int d = gamma.length;
                double[][] y = new double[x.length][d];
                for (int i = 0; i < x.length; i++) {
                    double[] z = standardize(x[i]);
                    for (int j = 0; j < d; j++) {
                        y[i][j] = beta[j] + gamma[j] * z[j];
                    }
                }
                return y;
            }

            public NormGradients backward(double[][] x, double[] gamma, double[] beta, double[][] dy) {
                shapes(x, gamma, beta);
                int d = gamma.length;
                if (dy.length != x.length) {
                    throw new IllegalArgumentException("dY needs " + x.length + " rows");
                }
                for (double[] row : dy) {
                    if (row.length != d) {
                        throw new IllegalArgumentException("a row of dY of length " + row.length);
                    }
                }
                double[][] dx = new double[x.length][d];
                double[] dGamma = new double[d];
                double[] dBeta = new double[d];
                for (int i = 0; i < x.length; i++) {
                    double[] z = standardize(x[i]);
                    double std = z[d];
                    for (int j = 0; j < d; j++) {
                        dGamma[j] += dy[i][j] * z[j];
                        dBeta[j] += dy[i][j];
                        double s = 0;
                        for (int k = 0; k < d; k++) {
                            double jac = ((k == j ? 1.0 : 0.0) - 1.0 / d - z[k] * z[j] / d) / std;
                            s += dy[i][k] * gamma[k] * jac;
                        }
                        dx[i][j] = s;
                    }
                }
                return new NormGradients(dx, dGamma, dBeta);
            }
        };
    }

    // ---- dropout ----

    static void requireKeep(double p) {
        if (Double.isNaN(p) || p <= 0 || p > 1) {
            throw new IllegalArgumentException("keep probability must be in (0, 1], got " + p);
        }
    }

    /** The pinned mask: one nextDouble() per unit in order, dropped iff the draw is >= p. */
    static boolean[] mask(int n, double p, Random random) {
        boolean[] kept = new boolean[n];
        for (int i = 0; i < n; i++) {
            kept[i] = !(random.nextDouble() >= p);
        }
        return kept;
    }

    @Override
    public Dropout dropout(double p) {
        // mask as !(u >= p); kept units divided by p instead of multiplied by 1/p
        requireKeep(p);
        return new Dropout() {
            public DropoutResult forwardTrain(double[] x, Random random) {
                boolean[] kept = mask(x.length, p, random);
                double[] y = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    if (kept[i]) {
                        y[i] = x[i] / p;
                    }
                }
                return new DropoutResult(y, kept);
            }

            public double[] forwardTest(double[] x) {
                return java.util.Arrays.copyOf(x, x.length);
            }

            public double[] backward(double[] dy, boolean[] kept) {
                if (dy.length != kept.length) {
                    throw new IllegalArgumentException("mask and dy differ in length");
                }
                double[] dx = new double[dy.length];
                for (int i = 0; i < dy.length; i++) {
                    if (kept[i]) {
                        dx[i] = dy[i] / p;
                    }
                }
                return dx;
            }
        };
    }

    @Override
    public Dropout dropoutClassic(double p) {
        // y_i = m_i x_i with m_i the mask as 0.0 or 1.0 (a dropped negative x gives -0.0, which == 0)
        requireKeep(p);
        return new Dropout() {
            public DropoutResult forwardTrain(double[] x, Random random) {
                boolean[] kept = mask(x.length, p, random);
                double[] y = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    y[i] = (kept[i] ? 1.0 : 0.0) * x[i];
                }
                return new DropoutResult(y, kept);
            }

            public double[] forwardTest(double[] x) {
                double[] y = new double[x.length];
                for (int i = x.length - 1; i >= 0; i--) {
                    y[i] = x[i] * p;
                }
                return y;
            }

            public double[] backward(double[] dy, boolean[] kept) {
                if (dy.length != kept.length) {
                    throw new IllegalArgumentException("mask and dy differ in length");
                }
                double[] dx = new double[dy.length];
                for (int i = 0; i < dy.length; i++) {
                    dx[i] = (kept[i] ? 1.0 : 0.0) * dy[i];
                }
                return dx;
            }
        };
    }

    // ---- averages ----

    @Override
    public MovingAverage ema(double a) {
        // S += a (Y - S) instead of a Y + (1 - a) S
        if (Double.isNaN(a) || a < 0 || a > 1) {
            throw new IllegalArgumentException("a must be in [0, 1], got " + a);
        }
        return new MovingAverage() {
            private double[] s;

            public double[] update(double[] y) {
                if (s == null) {
                    s = y.clone();
                } else {
                    if (y.length != s.length) {
                        throw new IllegalArgumentException("length " + y.length + ", expected " + s.length);
                    }
                    for (int i = 0; i < s.length; i++) {
                        s[i] += a * (y[i] - s[i]);
                    }
                }
                return s.clone();
            }

            public double[] value() {
                if (s == null) {
                    throw new IllegalStateException("no update yet");
                }
                return s.clone();
            }
        };
    }

    @Override
    public MovingAverage polyak() {
        // a running sum and a count, S_t = sum / t, instead of the incremental blend with weight 1/t
        return new MovingAverage() {
            private double[] sum;
            private long t;

            public double[] update(double[] y) {
                if (sum == null) {
                    sum = new double[y.length];
                } else if (y.length != sum.length) {
                    throw new IllegalArgumentException("length " + y.length + ", expected " + sum.length);
                }
                for (int i = 0; i < y.length; i++) {
                    sum[i] += y[i];
                }
                t++;
                return value();
            }

            public double[] value() {
                if (sum == null) {
                    throw new IllegalStateException("no update yet");
                }
                double[] s = new double[sum.length];
                for (int i = 0; i < s.length; i++) {
                    s[i] = sum[i] / t;
                }
                return s;
            }
        };
    }

    // ---- augmentation ----

    /** @return the common width, or IllegalArgumentException if heights or widths differ */
    static int imageWidth(double[][][] image) {
        int h = image.length == 0 ? 0 : image[0].length;
        int w = -1;
        for (double[][] channel : image) {
            if (channel.length != h) {
                throw new IllegalArgumentException("channels of different heights");
            }
            for (double[] row : channel) {
                if (w < 0) {
                    w = row.length;
                } else if (row.length != w) {
                    throw new IllegalArgumentException("rows of different widths");
                }
            }
        }
        return Math.max(w, 0);
    }

    @Override
    public ImageTransform horizontalFlip() {
        // copy every row, then reverse it in place by swapping from both ends
        return image -> {
            imageWidth(image);
            double[][][] out = new double[image.length][][];
            for (int c = 0; c < image.length; c++) {
                out[c] = new double[image[c].length][];
                for (int i = 0; i < image[c].length; i++) {
                    double[] row = image[c][i].clone();
                    for (int l = 0, r = row.length - 1; l < r; l++, r--) {
                        double t = row[l];
                        row[l] = row[r];
                        row[r] = t;
                    }
                    out[c][i] = row;
                }
            }
            return out;
        };
    }

    @Override
    public RandomImageTransform randomCrop(int height, int width) {
        // the pinned draws (top, then left); the window copied element by element, channel innermost
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("the window must be at least 1 by 1");
        }
        return (image, random) -> {
            int w = imageWidth(image);
            int h = image.length == 0 ? 0 : image[0].length;
            if (height > h || width > w) {
                throw new IllegalArgumentException("the window does not fit in the image");
            }
            int top = random.nextInt(h - height + 1);
            int left = random.nextInt(w - width + 1);
            double[][][] out = new double[image.length][height][width];
            for (int r = 0; r < height; r++) {
                for (int s = 0; s < width; s++) {
                    for (int c = 0; c < image.length; c++) {
                        out[c][r][s] = image[c][top + r][left + s];
                    }
                }
            }
            return out;
        };
    }

    static double clamp01(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    /** The plain mean of a non-empty image as the mean of its channels' means of row means (equal sizes). */
    static double meanOfMeans(double[][][] z) {
        double channels = 0;
        for (double[][] channel : z) {
            double rows = 0;
            for (double[] row : channel) {
                double s = 0;
                for (int j = row.length - 1; j >= 0; j--) {
                    s += row[j];
                }
                rows += s / row.length;
            }
            channels += rows / channel.length;
        }
        return channels / z.length;
    }

    @Override
    public RandomImageTransform colorJitter(double brightness, double contrast) {
        // the pinned draws; the mean of z as a mean of channel, row means; clamps by comparisons
        if (Double.isNaN(brightness) || Double.isNaN(contrast) || brightness < 0 || contrast < 0) {
            throw new IllegalArgumentException("brightness and contrast must be >= 0");
        }
        return (image, random) -> {
            imageWidth(image);
            double bLo = Math.max(0, 1 - brightness);
            double bHi = 1 + brightness;
            double b = bLo + (bHi - bLo) * random.nextDouble();
            double cLo = Math.max(0, 1 - contrast);
            double cHi = 1 + contrast;
            double c = cLo + (cHi - cLo) * random.nextDouble();
            double[][][] z = new double[image.length][][];
            long count = 0;
            for (int ch = 0; ch < image.length; ch++) {
                z[ch] = new double[image[ch].length][];
                for (int i = 0; i < image[ch].length; i++) {
                    z[ch][i] = new double[image[ch][i].length];
                    for (int j = 0; j < image[ch][i].length; j++) {
                        z[ch][i][j] = clamp01(b * image[ch][i][j]);
                        count++;
                    }
                }
            }
            double m = count == 0 ? 0 : meanOfMeans(z);
            for (double[][] channel : z) {
                for (double[] row : channel) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] = clamp01(c * row[j] + (1 - c) * m);
                    }
                }
            }
            return z;
        };
    }
}
