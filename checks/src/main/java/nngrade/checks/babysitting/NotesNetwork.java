package nngrade.checks.babysitting;

import nngrade.problems.babysitting.LossWithGradients;
import nngrade.problems.babysitting.TwoLayerNet;
import nngrade.problems.babysitting.TwoLayerParameters;

/**
 * The checks' own two-layer classifier, written from the formulas of {@link TwoLayerNet} one
 * example at a time. The training checks hand it to a submission's loop (so a bug in the
 * submission's babysit.initial_loss costs nothing there) and run it in their own loops to make
 * real loss curves. Never the submission's network, never the reference's.
 */
final class NotesNetwork implements TwoLayerNet {

    @Override
    public double[][] scores(TwoLayerParameters m, double[][] x) {
        double[][] s = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            s[i] = new double[m.b2().length];
            forward(m, x[i], new double[m.b1().length], s[i]);
        }
        return s;
    }

    @Override
    public LossWithGradients loss(TwoLayerParameters m, double[][] x, int[] y, double reg) {
        int n = x.length;
        TwoLayerParameters g = zerosLike(m);
        double[] z = new double[m.b1().length]; // one example's buffers, reused: the training checks call
        double[] s = new double[m.b2().length]; // this tens of thousands of times
        double[] dh = new double[m.b1().length];
        double data = 0;
        for (int i = 0; i < n; i++) {
            forward(m, x[i], z, s);
            double lse = logSumExp(s);
            data += lse - s[y[i]];
            for (int k = 0; k < s.length; k++) {
                s[k] = (Math.exp(s[k] - lse) - (k == y[i] ? 1 : 0)) / n; // dL/ds_i = (p_i - e_y) / N
            }
            backward(m, g, x[i], z, s, dh);
        }
        addWeightDecay(g.w1(), m.w1(), reg);
        addWeightDecay(g.w2(), m.w2(), reg);
        return new LossWithGradients(data / n + reg * (squares(m.w1()) + squares(m.w2())), g);
    }

    /** @return the fraction of the examples whose first largest score is their label's */
    double accuracy(TwoLayerParameters m, Examples data) {
        double[][] s = scores(m, data.x());
        int correct = 0;
        for (int i = 0; i < s.length; i++) {
            correct += argmax(s[i]) == data.y()[i] ? 1 : 0;
        }
        return (double) correct / s.length;
    }

    /** @return z = W1 x + b1 for one example */
    static double[] preActivations(TwoLayerParameters m, double[] x) {
        double[] z = m.b1().clone();
        for (int j = 0; j < z.length; j++) {
            for (int d = 0; d < x.length; d++) {
                z[j] += m.w1()[j][d] * x[d];
            }
        }
        return z;
    }

    /** @return log sum_k exp(s_k), the largest score taken out first */
    static double logSumExp(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : s) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }

    /** @return the sum of the squares of every entry */
    static double squares(double[][] w) {
        double s = 0;
        for (double[] row : w) {
            for (double v : row) {
                s += v * v;
            }
        }
        return s;
    }

    /** @return the first index of the largest entry */
    static int argmax(double[] s) {
        int best = 0;
        for (int k = 1; k < s.length; k++) {
            best = s[k] > s[best] ? k : best;
        }
        return best;
    }

    /** z = W1 x + b1 and s = W2 max(0, z) + b2 for one example, into the given buffers. */
    private static void forward(TwoLayerParameters m, double[] x, double[] z, double[] s) {
        for (int j = 0; j < z.length; j++) {
            double v = m.b1()[j];
            for (int d = 0; d < x.length; d++) {
                v += m.w1()[j][d] * x[d];
            }
            z[j] = v;
        }
        for (int k = 0; k < s.length; k++) {
            double[] w = m.w2()[k];
            double v = m.b2()[k];
            for (int j = 0; j < z.length; j++) {
                v += z[j] > 0 ? w[j] * z[j] : 0;
            }
            s[k] = v;
        }
    }

    /** Adds one example's share to g, from ds = dL/ds of that example; dh is a buffer. */
    private static void backward(TwoLayerParameters m, TwoLayerParameters g, double[] x, double[] z, double[] ds,
            double[] dh) {
        java.util.Arrays.fill(dh, 0);
        for (int k = 0; k < ds.length; k++) {
            g.b2()[k] += ds[k];
            double[] gw = g.w2()[k];
            double[] w = m.w2()[k];
            for (int j = 0; j < z.length; j++) {
                gw[j] += z[j] > 0 ? ds[k] * z[j] : 0; // h_j = max(0, z_j)
                dh[j] += w[j] * ds[k];
            }
        }
        for (int j = 0; j < z.length; j++) {
            if (z[j] > 0) { // the ReLU's gradient, 0 at the kink
                g.b1()[j] += dh[j];
                for (int d = 0; d < x.length; d++) {
                    g.w1()[j][d] += dh[j] * x[d];
                }
            }
        }
    }

    /** g += 2 reg w: the gradient of reg ||w||^2. */
    private static void addWeightDecay(double[][] g, double[][] w, double reg) {
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[i].length; j++) {
                g[i][j] += 2 * reg * w[i][j];
            }
        }
    }

    private static TwoLayerParameters zerosLike(TwoLayerParameters m) {
        return new TwoLayerParameters(new double[m.w1().length][m.w1()[0].length], new double[m.b1().length],
                new double[m.w2().length][m.w2()[0].length], new double[m.b2().length]);
    }
}
