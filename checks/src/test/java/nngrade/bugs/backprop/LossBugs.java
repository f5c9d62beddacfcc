package nngrade.bugs.backprop;

import nngrade.reference.losses.BinaryCrossEntropy;
import nngrade.reference.losses.L1Regularizer;
import nngrade.reference.losses.L2Loss;
import nngrade.reference.losses.L2Regularizer;
import nngrade.reference.losses.SoftIou;
import nngrade.reference.losses.Softmax;
import nngrade.reference.losses.SoftmaxCrossEntropy;

/** One-mistake softmax, losses and regularizers. */
public final class LossBugs {

    private LossBugs() {
    }

    /** @throws IllegalArgumentException unless b has a's length, as the contract asks */
    static void requireSameLength(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("lengths " + a.length + " and " + b.length + " differ");
        }
    }

    /** The squared L2 loss sum (q_i - t_i)^2, right in every value, that never compares the lengths. */
    public static final class L2LossWithoutLengthCheck extends L2Loss {
        @Override
        public double value(double[] q, double[] t) {
            double loss = 0;
            for (int i = 0; i < q.length; i++) {
                loss += (q[i] - t[i]) * (q[i] - t[i]);
            }
            return loss;
        }

        @Override
        public double[] gradient(double[] q, double[] t) {
            double[] g = new double[q.length];
            for (int i = 0; i < q.length; i++) {
                g[i] = 2 * (q[i] - t[i]);
            }
            return g;
        }
    }

    /** Softmax whose backward, dx_j = y_j (dy_j - sum_i y_i dy_i), never compares dy's length with o's. */
    public static final class SoftmaxBackwardWithoutLengthCheck extends Softmax {
        @Override
        public double[] backward(double[] o, double[] dy) {
            double[] y = forward(o);
            double dot = 0;
            for (int i = 0; i < o.length; i++) {
                dot += y[i] * dy[i];
            }
            double[] dx = new double[o.length];
            for (int j = 0; j < o.length; j++) {
                dx[j] = y[j] * (dy[j] - dot);
            }
            return dx;
        }
    }

    /** exp(o_l) / sum_k exp(o_k) without subtracting the max: exp(1000) = infinity, then NaN. */
    public static final class SoftmaxWithoutMaxShift extends Softmax {
        @Override
        public double[] forward(double[] o) {
            double[] s = new double[o.length];
            double sum = 0;
            for (int k = 0; k < o.length; k++) {
                s[k] = Math.exp(o[k]);
                sum += s[k];
            }
            for (int k = 0; k < o.length; k++) {
                s[k] /= sum;
            }
            return s;
        }
    }

    /** The cross-entropy gradient with its sign flipped: t - s instead of s - t. */
    public static final class CrossEntropySignFlipped extends SoftmaxCrossEntropy {
        @Override
        public double[] gradient(double[] o, double[] t) {
            double[] g = super.gradient(o, t);
            for (int i = 0; i < g.length; i++) {
                g[i] = -g[i];
            }
            return g;
        }
    }

    /** BCE as written on paper: -[y log sigma(z) + (1 - y) log(1 - sigma(z))]; log 0 at |z| = 1000. */
    public static final class BinaryCrossEntropyNaive extends BinaryCrossEntropy {
        @Override
        public double value(double[] z, double[] y) {
            requireSameLength(z, y);
            double loss = 0;
            for (int i = 0; i < z.length; i++) {
                double s = 1 / (1 + Math.exp(-z[i]));
                loss -= y[i] * Math.log(s) + (1 - y[i]) * Math.log(1 - s);
            }
            return loss;
        }
    }

    /** The L2 loss gradient without the factor 2 of d(q - t)^2/dq: (q - t). */
    public static final class L2LossGradientMissingTwo extends L2Loss {
        @Override
        public double[] gradient(double[] q, double[] t) {
            double[] g = super.gradient(q, t);
            for (int i = 0; i < g.length; i++) {
                g[i] /= 2;
            }
            return g;
        }
    }

    /** Soft IoU whose special case for Y = 0 copies the Y = 1 branch: 1/U instead of -I/U^2. */
    public static final class SoftIouZeroBranchOneOverU extends SoftIou {
        @Override
        public double[] gradient(double[] x, double[] y) {
            double[] g = super.gradient(x, y);
            double u = 0;
            for (int v = 0; v < x.length; v++) {
                u += x[v] + y[v] - x[v] * y[v];
            }
            for (int v = 0; v < x.length; v++) {
                if (y[v] == 0) {
                    g[v] = 1 / u;
                }
            }
            return g;
        }
    }

    /**
     * The union written as sum (X_v + Y_v), without the - X_v Y_v that keeps the overlap from
     * counting twice; value and gradient agree with each other, so only the values show it.
     */
    public static final class SoftIouUnionWithoutOverlap extends SoftIou {
        @Override
        public double value(double[] x, double[] y) {
            requireSameLength(x, y);
            return intersection(x, y) / union(x, y);
        }

        @Override
        public double[] gradient(double[] x, double[] y) {
            requireSameLength(x, y);
            double i = intersection(x, y);
            double u = union(x, y);
            double[] g = new double[x.length];
            for (int v = 0; v < x.length; v++) {
                g[v] = (y[v] * u - i) / (u * u); // d(I/U)/dX_v with dU/dX_v = 1
            }
            return g;
        }

        private static double intersection(double[] x, double[] y) {
            double i = 0;
            for (int v = 0; v < x.length; v++) {
                i += x[v] * y[v];
            }
            return i;
        }

        private static double union(double[] x, double[] y) {
            double u = 0;
            for (int v = 0; v < x.length; v++) {
                u += x[v] + y[v];
            }
            return u;
        }
    }

    /** The quotient rule with + for - : (Y U + I (1 - Y)) / U^2, so +I/U^2 where Y = 0. */
    public static final class SoftIouQuotientRulePlus extends SoftIou {
        @Override
        public double[] gradient(double[] x, double[] y) {
            requireSameLength(x, y);
            double i = 0;
            double u = 0;
            for (int v = 0; v < x.length; v++) {
                i += x[v] * y[v];
                u += x[v] + y[v] - x[v] * y[v];
            }
            double[] g = new double[x.length];
            for (int v = 0; v < x.length; v++) {
                g[v] = (y[v] * u + i * (1 - y[v])) / (u * u);
            }
            return g;
        }
    }

    /** The ridge gradient lambda w, without the 2 of d(w^2)/dw. */
    public static final class L2RegularizerMissingTwo extends L2Regularizer {
        private final double lambda;

        public L2RegularizerMissingTwo(double lambda) {
            super(lambda);
            this.lambda = lambda;
        }

        @Override
        public double[] gradient(double[] w) {
            double[] g = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                g[i] = lambda * w[i];
            }
            return g;
        }
    }

    /** The lasso subgradient as lambda w/|w|: 0/0 = NaN at w = 0, outside [-lambda, lambda]. */
    public static final class L1SignAsWOverAbsW extends L1Regularizer {
        private final double lambda;

        public L1SignAsWOverAbsW(double lambda) {
            super(lambda);
            this.lambda = lambda;
        }

        @Override
        public double[] gradient(double[] w) {
            double[] g = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                g[i] = lambda * w[i] / Math.abs(w[i]);
            }
            return g;
        }
    }
}
