package nngrade.bugs.babysitting;

import nngrade.problems.babysitting.LossWithGradients;
import nngrade.problems.babysitting.TwoLayerNet;
import nngrade.problems.babysitting.TwoLayerParameters;

/**
 * The two-layer classifier written the way a student does, batch by batch, with one slip: the
 * mistakes of babysit.initial_loss. Without a slip it is correct.
 */
public final class SlippedNet implements TwoLayerNet {

    /** The mistakes, each where a student makes it. */
    public enum Slip {
        /** The data loss and dS divided by C, the number of classes, instead of N: the wrong axis. */
        AVERAGED_OVER_CLASSES,
        /** dW += reg W: the regularization gradient without its factor 2. */
        REG_GRADIENT_MISSING_ITS_FACTOR_2,
        /** reg (||W1||^2 + ||b1||^2 + ||W2||^2 + ||b2||^2), with its gradient: the biases regularized. */
        REGULARIZES_THE_BIASES,
        /** dZ = W2^T dS everywhere: the ReLU's gradient mask forgotten. */
        RELU_BACKWARD_WITHOUT_ITS_MASK,
        /** log sum exp(s) without subtracting the largest score first: overflows at scores of 1000. */
        SOFTMAX_WITHOUT_SUBTRACTING_THE_MAX
    }

    private final Slip slip;

    public SlippedNet(Slip slip) {
        this.slip = slip;
    }

    @Override
    public double[][] scores(TwoLayerParameters m, double[][] x) {
        double[][] s = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            s[i] = affine(m.w2(), m.b2(), relu(affine(m.w1(), m.b1(), x[i])));
        }
        return s;
    }

    @Override
    public LossWithGradients loss(TwoLayerParameters m, double[][] x, int[] y, double reg) {
        int n = x.length;
        int classes = m.b2().length;
        double divisor = slip == Slip.AVERAGED_OVER_CLASSES ? classes : n;
        double[][] dW1 = new double[m.w1().length][m.w1()[0].length];
        double[] db1 = new double[m.b1().length];
        double[][] dW2 = new double[classes][m.b1().length];
        double[] db2 = new double[classes];
        double data = 0;
        for (int i = 0; i < n; i++) {
            double[] z = affine(m.w1(), m.b1(), x[i]);
            double[] h = relu(z);
            double[] s = affine(m.w2(), m.b2(), h);
            double lse = logSumExp(s);
            data += lse - s[y[i]];
            double[] p = new double[classes];
            for (int k = 0; k < classes; k++) {
                p[k] = Math.exp(s[k] - lse);
            }
            double[] dS = new double[classes];
            for (int k = 0; k < classes; k++) {
                dS[k] = (p[k] - (k == y[i] ? 1 : 0)) / divisor;
            }
            double[] dZ = new double[h.length];
            for (int k = 0; k < classes; k++) {
                db2[k] += dS[k];
                for (int j = 0; j < h.length; j++) {
                    dW2[k][j] += dS[k] * h[j];
                    dZ[j] += m.w2()[k][j] * dS[k];
                }
            }
            for (int j = 0; j < h.length; j++) {
                double g = z[j] > 0 || slip == Slip.RELU_BACKWARD_WITHOUT_ITS_MASK ? dZ[j] : 0;
                db1[j] += g;
                for (int d = 0; d < x[i].length; d++) {
                    dW1[j][d] += g * x[i][d];
                }
            }
        }
        double factor = slip == Slip.REG_GRADIENT_MISSING_ITS_FACTOR_2 ? reg : 2 * reg;
        decay(dW1, m.w1(), factor);
        decay(dW2, m.w2(), factor);
        double penalty = squares(m.w1()) + squares(m.w2());
        if (slip == Slip.REGULARIZES_THE_BIASES) {
            penalty += squares(new double[][] {m.b1(), m.b2()});
            decay(new double[][] {db1, db2}, new double[][] {m.b1(), m.b2()}, 2 * reg);
        }
        return new LossWithGradients(data / divisor + reg * penalty, new TwoLayerParameters(dW1, db1, dW2, db2));
    }

    /** log sum_k exp(s_k), the largest score taken out first (unless that is the slip). */
    private double logSumExp(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double shift = slip == Slip.SOFTMAX_WITHOUT_SUBTRACTING_THE_MAX ? 0 : max;
        double sum = 0;
        for (double v : s) {
            sum += Math.exp(v - shift);
        }
        return shift + Math.log(sum);
    }

    private static double[] affine(double[][] w, double[] b, double[] x) {
        double[] out = b.clone();
        for (int j = 0; j < out.length; j++) {
            for (int d = 0; d < x.length; d++) {
                out[j] += w[j][d] * x[d];
            }
        }
        return out;
    }

    private static double[] relu(double[] z) {
        double[] h = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            h[j] = Math.max(0, z[j]);
        }
        return h;
    }

    private static double squares(double[][] w) {
        double s = 0;
        for (double[] row : w) {
            for (double v : row) {
                s += v * v;
            }
        }
        return s;
    }

    private static void decay(double[][] g, double[][] w, double factor) {
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[i].length; j++) {
                g[i][j] += factor * w[i][j];
            }
        }
    }
}
