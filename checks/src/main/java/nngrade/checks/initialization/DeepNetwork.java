package nngrade.checks.initialization;

import java.util.Random;
import nngrade.problems.initialization.Initializer;

/**
 * The notes' experiment: a network of {@value #LAYERS} fully connected layers of {@value #WIDTH}
 * units, no biases, fed a batch of unit-Gaussian inputs; the weights of every layer come from the
 * initializer under test, everything else (data, nonlinearity, forward and backward pass) belongs
 * to the checks. Plain loops over flat double arrays: one run is about 10 x 32 x 500 x 500
 * multiply-adds per pass.
 *
 * <p>Layer l (1..10) computes z_l = h_{l-1} W_l^T and h_l = f(z_l), with h_0 = x. Backward, a
 * unit-Gaussian dL/dh_10 is sent down: dL/dz_l = dL/dh_l f'(z_l) and dL/dh_{l-1} = dL/dz_l W_l.
 */
final class DeepNetwork {

    static final int LAYERS = 10;
    /** A multiple of 4: the products go four rows at a time. */
    static final int WIDTH = 500;
    /** 32 examples x 500 units = 16000 values per layer statistic; even: the products go two rows at a time. */
    static final int BATCH = 32;
    /** |tanh| above this counts as saturated (the local gradient 1 - tanh^2 is below 0.02). */
    static final double SATURATION = 0.99;

    /**
     * What one run measured.
     *
     * @param input          the statistics of x (one "layer", numbered 0)
     * @param preActivations z_1 .. z_10
     * @param activations    h_1 .. h_10
     * @param saturated      per layer, the fraction of |h_l| above {@link #SATURATION}
     * @param gradients      dL/dh_0 .. dL/dh_9, the gradient reaching the input of layers 1..10; null
     *                       when the run had no backward pass
     */
    record Trace(LayerStatistics input, LayerStatistics preActivations, LayerStatistics activations,
            double[] saturated, LayerStatistics gradients) {
    }

    private DeepNetwork() {
    }

    /**
     * @param init     draws the weights of every layer, shape (500, 500)
     * @param unit     the nonlinearity after every layer
     * @param backward whether to run the backward pass
     * @param salt     seeds the data, the weights and the top gradient
     */
    static Trace run(Initializer init, Unit unit, boolean backward, long salt) {
        Random data = Seeds.random(salt);
        Random weights = Seeds.random(salt + 1);
        double[] x = gaussian(data, BATCH * WIDTH);
        double[][] w = new double[LAYERS][];
        double[][] z = new double[LAYERS][];
        double[][] h = new double[LAYERS][];
        double[] saturated = new double[LAYERS];
        double[] in = x;
        for (int l = 0; l < LAYERS; l++) {
            w[l] = Weights.drawFlat("layer " + (l + 1) + " weights: initialize(500, 500, random)", init, WIDTH,
                    WIDTH, weights);
            z[l] = timesTransposed(in, w[l]);
            h[l] = apply(unit, z[l]);
            saturated[l] = fractionAbove(h[l], SATURATION);
            in = h[l];
        }
        LayerStatistics gradients = backward ? LayerStatistics.of("gradient dL/dh", backward(unit, w, z, data)) : null;
        return new Trace(LayerStatistics.of("input", new double[][] {x}), LayerStatistics.of("pre-activation", z),
                LayerStatistics.of("activation", h), saturated, gradients);
    }

    /** @return dL/dh_{l-1} for l = 1..10, from a unit-Gaussian dL/dh_10 */
    private static double[][] backward(Unit unit, double[][] w, double[][] z, Random data) {
        double[][] grads = new double[LAYERS][];
        double[] g = gaussian(data, BATCH * WIDTH);
        for (int l = LAYERS - 1; l >= 0; l--) {
            double[] dz = new double[g.length];
            for (int k = 0; k < g.length; k++) {
                dz[k] = g[k] * unit.slope(z[l][k]);
            }
            g = times(dz, w[l]);
            grads[l] = g;
        }
        return grads;
    }

    /**
     * @return Z = H W^T for H (BATCH x WIDTH) and W (WIDTH x WIDTH) flat, row-major: z_bi is the dot
     *     product of row b of H with row i of W, both contiguous, two rows of H and four rows of W
     *     at a time, so each loaded entry serves several products (eight sums in registers). Each
     *     sum runs over j in order from 0, as a loop over W^T would add its terms, so the values
     *     are the same to the last bit. Where the JIT does not vectorize (C1, as the checks run),
     *     four rows of W already took half the plain loop's time, and two rows of H a fifth less
     *     again (6-7 ms against 7-9.5 ms a product, measured under C1).
     */
    static double[] timesTransposed(double[] hIn, double[] w) {
        double[] z = new double[BATCH * WIDTH];
        for (int r = 0; r < BATCH; r += 2) {
            int ra = r * WIDTH;
            int rb = ra + WIDTH;
            for (int i = 0; i < WIDTH; i += 4) {
                int w0 = i * WIDTH;
                int w1 = w0 + WIDTH;
                int w2 = w1 + WIDTH;
                int w3 = w2 + WIDTH;
                double a0 = 0;
                double a1 = 0;
                double a2 = 0;
                double a3 = 0;
                double b0 = 0;
                double b1 = 0;
                double b2 = 0;
                double b3 = 0;
                for (int j = 0; j < WIDTH; j++) {
                    double ha = hIn[ra + j];
                    double hb = hIn[rb + j];
                    double x0 = w[w0 + j];
                    double x1 = w[w1 + j];
                    double x2 = w[w2 + j];
                    double x3 = w[w3 + j];
                    a0 += ha * x0;
                    a1 += ha * x1;
                    a2 += ha * x2;
                    a3 += ha * x3;
                    b0 += hb * x0;
                    b1 += hb * x1;
                    b2 += hb * x2;
                    b3 += hb * x3;
                }
                store(z, ra + i, a0, a1, a2, a3);
                store(z, rb + i, b0, b1, b2, b3);
            }
        }
        return z;
    }

    private static void store(double[] z, int at, double v0, double v1, double v2, double v3) {
        z[at] = v0;
        z[at + 1] = v1;
        z[at + 2] = v2;
        z[at + 3] = v3;
    }

    /**
     * @return C = A B for A (BATCH x WIDTH) and B (WIDTH x WIDTH), flat row-major: c_b. += a_bk b_k.
     *     along rows of B and C, two rows of A and four k at a time, each c_bj held in a local while
     *     its four terms are added; the terms are added in the order of k, one at a time, as a
     *     loop over single k adds them (the same bits)
     */
    static double[] times(double[] a, double[] b) {
        double[] c = new double[BATCH * WIDTH];
        for (int r = 0; r < BATCH; r += 2) {
            int ra = r * WIDTH;
            int rb = ra + WIDTH;
            for (int k = 0; k < WIDTH; k += 4) {
                double a0 = a[ra + k];
                double a1 = a[ra + k + 1];
                double a2 = a[ra + k + 2];
                double a3 = a[ra + k + 3];
                double e0 = a[rb + k];
                double e1 = a[rb + k + 1];
                double e2 = a[rb + k + 2];
                double e3 = a[rb + k + 3];
                int b0 = k * WIDTH;
                int b1 = b0 + WIDTH;
                int b2 = b1 + WIDTH;
                int b3 = b2 + WIDTH;
                for (int j = 0; j < WIDTH; j++) {
                    double x0 = b[b0 + j];
                    double x1 = b[b1 + j];
                    double x2 = b[b2 + j];
                    double x3 = b[b3 + j];
                    double s = c[ra + j];
                    s += a0 * x0;
                    s += a1 * x1;
                    s += a2 * x2;
                    s += a3 * x3;
                    c[ra + j] = s;
                    double t = c[rb + j];
                    t += e0 * x0;
                    t += e1 * x1;
                    t += e2 * x2;
                    t += e3 * x3;
                    c[rb + j] = t;
                }
            }
        }
        return c;
    }

    private static double[] apply(Unit unit, double[] z) {
        double[] h = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            h[k] = unit.value(z[k]);
        }
        return h;
    }

    private static double fractionAbove(double[] h, double level) {
        int n = 0;
        for (double v : h) {
            if (Math.abs(v) > level) {
                n++;
            }
        }
        return (double) n / h.length;
    }

    private static double[] gaussian(Random random, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = random.nextGaussian();
        }
        return v;
    }
}
