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
    static final int WIDTH = 500;
    /** 32 examples x 500 units = 16000 values per layer statistic. */
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

    /** @return Z = H W^T for H (BATCH x WIDTH) and W (WIDTH x WIDTH) flat, row-major */
    private static double[] timesTransposed(double[] hIn, double[] w) {
        double[] wt = new double[w.length];
        for (int i = 0; i < WIDTH; i++) {
            for (int j = 0; j < WIDTH; j++) {
                wt[j * WIDTH + i] = w[i * WIDTH + j];
            }
        }
        return times(hIn, wt);
    }

    /**
     * @return C = A B for A (BATCH x WIDTH) and B (WIDTH x WIDTH), flat row-major; the inner loop
     *     runs along rows of B and C (c_b. += a_bk b_k.), which the JIT vectorizes
     */
    private static double[] times(double[] a, double[] b) {
        double[] c = new double[BATCH * WIDTH];
        for (int r = 0; r < BATCH; r++) {
            int row = r * WIDTH;
            for (int k = 0; k < WIDTH; k++) {
                double ark = a[row + k];
                int bk = k * WIDTH;
                for (int j = 0; j < WIDTH; j++) {
                    c[row + j] += ark * b[bk + j];
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
