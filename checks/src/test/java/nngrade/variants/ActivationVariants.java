package nngrade.variants;

import java.util.function.DoubleUnaryOperator;
import nngrade.problems.StandardNormal;
import nngrade.problems.activations.Activation;
import nngrade.problems.activations.GatedGradients;
import nngrade.problems.activations.GatedUnit;
import nngrade.problems.activations.Maxout;
import nngrade.problems.activations.MaxoutGradients;
import nngrade.problems.activations.ParametricActivation;
import nngrade.problems.activations.ParametricGradients;
import nngrade.reference.ReferenceSolutions;

/**
 * Section B written differently from the reference but correctly: other algebraic forms of the
 * same functions (the logistic function through log1p, tanh through expm1, ELU through e^x - 1,
 * SELU's constants from the paper's closed forms), derivatives taken from the output instead of
 * the input, other summation orders, and other valid subgradients at every kink (the right
 * derivative of ReLU, LeakyReLU, PReLU, ELU and SELU at 0, the opposite one-sided derivatives of
 * Hardswish at +-3, an even split at maxout's ties). The checks must give it full marks: they may
 * not insist on the reference's way of computing.
 */
class ActivationVariants extends ReferenceSolutions {

    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    /** sigma(x) as exp(-log(1 + e^-x)), the exponent of exp never positive, log1p keeping the tails. */
    static double sig(double x) {
        return x >= 0 ? Math.exp(-Math.log1p(Math.exp(-x))) : Math.exp(x - Math.log1p(Math.exp(x)));
    }

    /** phi(x), written out rather than taken from StandardNormal. */
    static double pdf(double x) {
        return Math.exp(-x * x / 2) * INV_SQRT_2PI;
    }

    /** Phi(x), for x >= 0 as 1 - Phi(-x), so that only the lower tail is ever asked of StandardNormal. */
    static double cdf(double x) {
        return x >= 0 ? 1 - StandardNormal.cdf(-x) : StandardNormal.cdf(x);
    }

    static void requireSameLength(double[] x, double[] dy) {
        if (x.length != dy.length) {
            throw new IllegalArgumentException("dy has length " + dy.length + " but x has " + x.length);
        }
    }

    /** An elementwise activation from f and f'(x) given both x and y = f(x). */
    interface Elementwise extends Activation {
        double value(double x);

        double slope(double x, double y);

        @Override
        default double[] forward(double[] x) {
            double[] y = new double[x.length];
            for (int i = x.length - 1; i >= 0; i--) {
                y[i] = value(x[i]);
            }
            return y;
        }

        @Override
        default double[] backward(double[] x, double[] dy) {
            requireSameLength(x, dy);
            double[] dx = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                dx[i] = dy[i] * slope(x[i], value(x[i]));
            }
            return dx;
        }
    }

    @Override
    public Activation step() {
        // "below 0" tested instead of "from 0 on"; the backward allocates zeros instead of multiplying
        return new Activation() {
            public double[] forward(double[] x) {
                double[] y = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    y[i] = x[i] < 0 ? 0.0 : 1.0;
                }
                return y;
            }

            public double[] backward(double[] x, double[] dy) {
                requireSameLength(x, dy);
                return new double[x.length];
            }
        };
    }

    @Override
    public Activation sigmoid() {
        // sigma through exp(-log1p(e^-x)); derivative e^-|x|/(1 + e^-|x|)^2 rather than sigma(x) sigma(-x)
        return new Elementwise() {
            public double value(double x) {
                return sig(x);
            }

            public double slope(double x, double y) {
                double e = Math.exp(-Math.abs(x));
                return e / ((1 + e) * (1 + e));
            }
        };
    }

    @Override
    public Activation tanh() {
        // tanh|x| = -m/(2 + m), m = expm1(-2|x|), sign restored; derivative 4e/(1 + e)^2, e = e^-2|x|
        return new Elementwise() {
            public double value(double x) {
                double m = Math.expm1(-2 * Math.abs(x));
                return Math.copySign(-m / (2 + m), x);
            }

            public double slope(double x, double y) {
                double e = Math.exp(-2 * Math.abs(x));
                return 4 * e / ((1 + e) * (1 + e));
            }
        };
    }

    @Override
    public Activation relu() {
        // a branch instead of Math.max; derivative 1 at the kink (the right derivative) instead of 0
        return new Elementwise() {
            public double value(double x) {
                return x > 0 ? x : 0.0;
            }

            public double slope(double x, double y) {
                return x >= 0 ? 1 : 0;
            }
        };
    }

    @Override
    public Activation softplus(double beta, double threshold) {
        // three pieces of log(1 + e^z); derivative from the output, sigma(beta x) = 1 - e^(-beta y)
        return new Elementwise() {
            public double value(double x) {
                double z = beta * x;
                if (z > threshold) {
                    return x;
                }
                double sp;
                if (z < -1) {
                    sp = Math.log1p(Math.exp(z));
                } else if (z <= 30) {
                    sp = Math.log(1 + Math.exp(z));
                } else {
                    sp = z + Math.log1p(Math.exp(-z));
                }
                return sp / beta;
            }

            public double slope(double x, double y) {
                return beta * x > threshold ? 1 : -Math.expm1(-beta * y);
            }
        };
    }

    @Override
    public Activation leakyRelu(double negativeSlope) {
        // max(0, x) + a min(0, x) instead of a branch; derivative 1 at the kink instead of a
        return new Elementwise() {
            public double value(double x) {
                return Math.max(0, x) + negativeSlope * Math.min(0, x);
            }

            public double slope(double x, double y) {
                return x >= 0 ? 1 : negativeSlope;
            }
        };
    }

    @Override
    public ParametricActivation prelu() {
        // max + alpha min; dx = dy at the kink; dAlpha = sum of min(x, 0) dy, summed from the last element
        return new ParametricActivation() {
            public double[] forward(double[] x, double alpha) {
                double[] y = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    y[i] = Math.max(0, x[i]) + alpha * Math.min(0, x[i]);
                }
                return y;
            }

            public ParametricGradients backward(double[] x, double alpha, double[] dy) {
                requireSameLength(x, dy);
                double[] dx = new double[x.length];
                double dAlpha = 0;
                for (int i = x.length - 1; i >= 0; i--) {
                    dx[i] = x[i] >= 0 ? dy[i] : alpha * dy[i];
                    dAlpha += Math.min(0, x[i]) * dy[i];
                }
                return new ParametricGradients(dx, dAlpha);
            }
        };
    }

    @Override
    public Maxout maxout() {
        // dot products summed from the last term; at an exact tie dy is split half and half
        return new Maxout() {
            private double piece(double[] x, double[] w, double b) {
                double s = b;
                for (int j = x.length - 1; j >= 0; j--) {
                    s += x[j] * w[j];
                }
                return s;
            }

            private void check(double[] x, double[] w1, double[] w2) {
                if (w1.length != x.length || w2.length != x.length) {
                    throw new IllegalArgumentException("w1 and w2 need x's length " + x.length + ", got "
                            + w1.length + " and " + w2.length);
                }
            }

            public double forward(double[] x, double[] w1, double b1, double[] w2, double b2) {
                check(x, w1, w2);
                double z1 = piece(x, w1, b1);
                double z2 = piece(x, w2, b2);
                return z2 > z1 ? z2 : z1;
            }

            public MaxoutGradients backward(double[] x, double[] w1, double b1, double[] w2, double b2,
                    double dy) {
                check(x, w1, w2);
                double z1 = piece(x, w1, b1);
                double z2 = piece(x, w2, b2);
                int n = x.length;
                double[] dx = new double[n];
                double[] dw1 = new double[n];
                double[] dw2 = new double[n];
                if (z1 == z2) {
                    double half = dy / 2;
                    for (int j = 0; j < n; j++) {
                        dx[j] = half * w1[j] + half * w2[j];
                        dw1[j] = half * x[j];
                        dw2[j] = half * x[j];
                    }
                    return new MaxoutGradients(dx, dw1, half, dw2, half);
                }
                boolean first = z1 > z2;
                double[] w = first ? w1 : w2;
                double[] dw = first ? dw1 : dw2;
                for (int j = 0; j < n; j++) {
                    dx[j] = dy * w[j];
                    dw[j] = dy * x[j];
                }
                return first ? new MaxoutGradients(dx, dw1, dy, dw2, 0) : new MaxoutGradients(dx, dw1, 0, dw2, dy);
            }
        };
    }

    @Override
    public Activation elu(double alpha) {
        // alpha (e^x - 1) with exp, not expm1; derivative from the output, y + alpha; 1 at the kink
        return new Elementwise() {
            public double value(double x) {
                return x > 0 ? x : alpha * (Math.exp(x) - 1);
            }

            public double slope(double x, double y) {
                return x >= 0 ? 1 : y + alpha;
            }
        };
    }

    @Override
    public Activation celu(double alpha) {
        // a branch instead of max + min; derivative from the output, e^(x/alpha) = y/alpha + 1
        return new Elementwise() {
            public double value(double x) {
                return x > 0 ? x : alpha * Math.expm1(x / alpha);
            }

            public double slope(double x, double y) {
                return x >= 0 ? 1 : y / alpha + 1;
            }
        };
    }

    /** SELU's constants from the closed forms of Klambauer et al. (2017), eqs. 14 and 15. */
    static final double SELU_ALPHA;
    static final double SELU_LAMBDA;

    static {
        double e1 = StandardNormal.erfc(1 / Math.sqrt(2));
        double e2 = StandardNormal.erfc(Math.sqrt(2));
        double sqrtE = Math.sqrt(Math.E);
        SELU_ALPHA = -Math.sqrt(2 / Math.PI) / (e1 * sqrtE - 1);
        SELU_LAMBDA = (1 - e1 * sqrtE) * Math.sqrt(2 * Math.PI)
                / Math.sqrt(2 * e2 * Math.E * Math.E + Math.PI * e1 * e1 * Math.E
                        - 2 * (2 + Math.PI) * e1 * sqrtE + Math.PI + 2);
    }

    @Override
    public Activation selu() {
        // constants from the paper's closed forms; lambda (alpha expm1(x)); derivative y + lambda alpha; lambda at 0
        return new Elementwise() {
            public double value(double x) {
                return x > 0 ? SELU_LAMBDA * x : SELU_LAMBDA * (SELU_ALPHA * Math.expm1(x));
            }

            public double slope(double x, double y) {
                return x >= 0 ? SELU_LAMBDA : y + SELU_LAMBDA * SELU_ALPHA;
            }
        };
    }

    static double gelu(double x) {
        return x * cdf(x);
    }

    static double geluSlope(double x) {
        return cdf(x) + x * pdf(x);
    }

    @Override
    public Activation gelu() {
        // Phi(x) as 1 - Phi(-x) for x >= 0, and phi written out
        return new Elementwise() {
            public double value(double x) {
                return gelu(x);
            }

            public double slope(double x, double y) {
                return geluSlope(x);
            }
        };
    }

    /** d/dx x sigma(beta x) = sigma(u)(1 + u sigma(-u)), u = beta x: the reference's sum, factored. */
    static double swishSlope(double x, double beta) {
        double u = beta * x;
        return sig(u) * (1 + u * sig(-u));
    }

    @Override
    public Activation geluSigmoid() {
        // the log1p logistic; derivative sigma(u)(1 + u sigma(-u)) factored
        return new Elementwise() {
            public double value(double x) {
                return x * sig(1.702 * x);
            }

            public double slope(double x, double y) {
                return swishSlope(x, 1.702);
            }
        };
    }

    @Override
    public ParametricActivation swish() {
        // factored dx; dBeta from the output, x y sigma(-beta x), summed from the last element
        return new ParametricActivation() {
            public double[] forward(double[] x, double beta) {
                double[] y = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    y[i] = x[i] * sig(beta * x[i]);
                }
                return y;
            }

            public ParametricGradients backward(double[] x, double beta, double[] dy) {
                requireSameLength(x, dy);
                double[] y = forward(x, beta);
                double[] dx = new double[x.length];
                double dBeta = 0;
                for (int i = x.length - 1; i >= 0; i--) {
                    dx[i] = dy[i] * swishSlope(x[i], beta);
                    dBeta += dy[i] * x[i] * y[i] * sig(-beta * x[i]);
                }
                return new ParametricGradients(dx, dBeta);
            }
        };
    }

    @Override
    public Activation silu() {
        // derivative from the output: y + sigma(x)(1 - y)
        return new Elementwise() {
            public double value(double x) {
                return x * sig(x);
            }

            public double slope(double x, double y) {
                return y + sig(x) * (1 - y);
            }
        };
    }

    @Override
    public Activation hardswish() {
        // x ReLU6(x + 3)/6 and x/3 + 1/2 as PyTorch writes them; at +-3 the inner pieces' slopes -1/2 and 3/2
        return new Elementwise() {
            public double value(double x) {
                double relu6 = Math.min(Math.max(x + 3, 0), 6);
                return relu6 == 0 ? 0 : x * relu6 / 6; // not -inf * 0
            }

            public double slope(double x, double y) {
                if (x < -3) {
                    return 0;
                }
                return x > 3 ? 1 : x / 3 + 0.5;
            }
        };
    }

    /**
     * The gated family written from scratch: projections summed from the last input with the bias
     * first, Y = B g(A), and dX = dA W^T + dB V^T accumulated in one loop, rows taken from the last.
     */
    abstract static class Gated implements GatedUnit {

        abstract double gate(double a);

        /** @return g'(a), given g(a) too */
        abstract double gateSlope(double a, double ga);

        private static void requireMatrix(double[][] m, int rows, int columns, String name) {
            if (m.length != rows) {
                throw new IllegalArgumentException(name + " needs " + rows + " rows, got " + m.length);
            }
            for (double[] row : m) {
                if (row.length != columns) {
                    throw new IllegalArgumentException(name + " needs " + columns + " columns, got " + row.length);
                }
            }
        }

        private static void check(double[][] x, double[][] w, double[] b, double[][] v, double[] c) {
            int in = w.length;
            int out = b.length;
            requireMatrix(w, in, out, "W");
            requireMatrix(v, in, out, "V");
            if (c.length != out) {
                throw new IllegalArgumentException("c needs length " + out + ", got " + c.length);
            }
            requireMatrix(x, x.length, in, "X");
        }

        private static double project(double[] row, double[][] m, double bias, int k) {
            double s = bias;
            for (int j = row.length - 1; j >= 0; j--) {
                s += row[j] * m[j][k];
            }
            return s;
        }

        @Override
        public double[][] forward(double[][] x, double[][] w, double[] b, double[][] v, double[] c) {
            check(x, w, b, v, c);
            double[][] y = new double[x.length][b.length];
            for (int i = 0; i < x.length; i++) {
                for (int k = 0; k < b.length; k++) {
                    y[i][k] = project(x[i], v, c[k], k) * gate(project(x[i], w, b[k], k));
                }
            }
            return y;
        }

        @Override
        public GatedGradients backward(double[][] x, double[][] w, double[] b, double[][] v, double[] c,
                double[][] dy) {
            check(x, w, b, v, c);
            int in = w.length;
            int out = b.length;
            requireMatrix(dy, x.length, out, "dY");
            double[][] dX = new double[x.length][in];
            double[][] dW = new double[in][out];
            double[][] dV = new double[in][out];
            double[] db = new double[out];
            double[] dc = new double[out];
            for (int i = x.length - 1; i >= 0; i--) {
                for (int k = 0; k < out; k++) {
                    double a = project(x[i], w, b[k], k);
                    double u = project(x[i], v, c[k], k);
                    double ga = gate(a);
                    double dA = dy[i][k] * u * gateSlope(a, ga);
                    double dB = dy[i][k] * ga;
                    db[k] += dA;
                    dc[k] += dB;
                    for (int j = 0; j < in; j++) {
                        dW[j][k] += x[i][j] * dA;
                        dV[j][k] += x[i][j] * dB;
                        dX[i][j] += dA * w[j][k] + dB * v[j][k];
                    }
                }
            }
            return new GatedGradients(dX, dW, db, dV, dc);
        }
    }

    /** A gated unit from a gate and its slope. */
    static GatedUnit gated(DoubleUnaryOperator g, java.util.function.DoubleBinaryOperator slope) {
        return new Gated() {
            double gate(double a) {
                return g.applyAsDouble(a);
            }

            double gateSlope(double a, double ga) {
                return slope.applyAsDouble(a, ga);
            }
        };
    }

    @Override
    public GatedUnit glu() {
        // own projections and loops; the gate's slope from its output, g(a) sigma(-a)
        return gated(ActivationVariants::sig, (a, ga) -> ga * sig(-a));
    }

    @Override
    public GatedUnit bilinear() {
        // own projections and loops
        return gated(a -> a, (a, ga) -> 1);
    }

    @Override
    public GatedUnit reglu() {
        // own projections and loops; the ReLU gate's slope 1 at the kink instead of 0
        return gated(a -> a > 0 ? a : 0.0, (a, ga) -> a >= 0 ? 1 : 0);
    }

    @Override
    public GatedUnit geglu() {
        // own projections and loops; Phi(a) as 1 - Phi(-a) for a >= 0, phi written out
        return gated(ActivationVariants::gelu, (a, ga) -> geluSlope(a));
    }

    @Override
    public GatedUnit swiglu(double beta) {
        // own projections and loops; the log1p logistic and the factored slope
        return gated(a -> a * sig(beta * a), (a, ga) -> swishSlope(a, beta));
    }
}
