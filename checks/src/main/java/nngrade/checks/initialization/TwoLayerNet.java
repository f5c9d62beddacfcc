package nngrade.checks.initialization;

import java.util.Random;
import nngrade.checks.support.Expect;
import nngrade.problems.initialization.Initializer;

/**
 * The checks' own small network for the symmetry problem: x (4) -&gt; sigmoid hidden layer (6)
 * -&gt; linear output (3), loss L = (1/2B) sum_b ||y_b - t_b||^2 over a fixed batch of B = 8
 * regression examples, trained by full-batch gradient descent. Both weight matrices come from the
 * initializer under test; the biases start at 0, as is usual.
 *
 * <p>What {@link #assertHiddenUnitsStayIdentical} establishes with W = 0: at every one of
 * {@value #STEPS} steps, every hidden unit gets the same gradient (the rows of dL/dW1 are equal,
 * the entries of dL/db1 are equal, the columns of dL/dW2 are equal), so after any number of steps
 * the hidden units are still copies of one another, although their weights do move (sigmoid(0) =
 * 1/2 is not 0, so the output layer learns at once, and the hidden layer from step 2 on). The
 * units run the same floating-point operations on the same numbers, so "the same" means bitwise
 * equal.
 */
final class TwoLayerNet {

    static final int IN = 4;
    static final int HIDDEN = 6;
    static final int OUT = 3;
    static final int BATCH = 8;
    static final int STEPS = 25;
    static final double LEARNING_RATE = 0.5;

    private final double[][] w1;
    private final double[] b1 = new double[HIDDEN];
    private final double[][] w2;
    private final double[] b2 = new double[OUT];
    private final double[][] x;
    private final double[][] t;

    /** Draws both weight matrices from {@code init} and a fixed batch from {@code random}. */
    TwoLayerNet(Initializer init, Random random) {
        w1 = copy(Weights.draw("W1 = initialize(" + HIDDEN + ", " + IN + ", random)", init, HIDDEN, IN, random));
        w2 = copy(Weights.draw("W2 = initialize(" + OUT + ", " + HIDDEN + ", random)", init, OUT, HIDDEN, random));
        x = gaussian(random, BATCH, IN);
        t = gaussian(random, BATCH, OUT);
    }

    /** Trains {@value #STEPS} steps, failing at the first step where two hidden units differ. */
    void assertHiddenUnitsStayIdentical() {
        for (int step = 1; step <= STEPS; step++) {
            step(step);
        }
        assertRowsEqual("W1 after " + STEPS + " steps (the weights into each hidden unit)", w1);
        Expect.that(w1[0][0] != 0 || w1[0][1] != 0, () -> "the hidden weights never moved in " + STEPS
                + " steps: the check's network did not learn, so the symmetry shows nothing");
    }

    private void step(int step) {
        double[][] h = new double[BATCH][HIDDEN];
        double[][] dy = new double[BATCH][OUT];
        for (int b = 0; b < BATCH; b++) {
            for (int i = 0; i < HIDDEN; i++) {
                h[b][i] = sigmoid(dot(w1[i], x[b]) + b1[i]);
            }
            for (int k = 0; k < OUT; k++) {
                dy[b][k] = (dot(w2[k], h[b]) + b2[k] - t[b][k]) / BATCH; // dL/dy of (1/2B) sum ||y - t||^2
            }
        }
        double[][] dW2 = new double[OUT][HIDDEN];
        double[][] dW1 = new double[HIDDEN][IN];
        double[] db1 = new double[HIDDEN];
        double[] db2 = new double[OUT];
        for (int b = 0; b < BATCH; b++) {
            for (int k = 0; k < OUT; k++) {
                db2[k] += dy[b][k];
                for (int i = 0; i < HIDDEN; i++) {
                    dW2[k][i] += dy[b][k] * h[b][i];
                }
            }
            for (int i = 0; i < HIDDEN; i++) {
                double dh = 0;
                for (int k = 0; k < OUT; k++) {
                    dh += dy[b][k] * w2[k][i];
                }
                double dz = dh * h[b][i] * (1 - h[b][i]);
                db1[i] += dz;
                for (int j = 0; j < IN; j++) {
                    dW1[i][j] += dz * x[b][j];
                }
            }
        }
        String when = " at step " + step;
        assertRowsEqual("dL/dW1" + when + " (the gradient of the weights into each hidden unit)", dW1);
        assertRowsEqual("dL/db1" + when, new double[][] {db1});
        assertRowsEqual("dL/dW2 transposed" + when + " (the gradient of the weights out of each hidden unit)",
                transpose(dW2));
        update(w1, dW1);
        update(w2, dW2);
        update(new double[][] {b1}, new double[][] {db1});
        update(new double[][] {b2}, new double[][] {db2});
    }

    /** Fails unless every row of m equals row 0 (for a 1-row matrix: every entry equals entry 0). */
    private static void assertRowsEqual(String what, double[][] m) {
        boolean oneRow = m.length == 1;
        double[][] units = oneRow ? transpose(m) : m;
        for (int i = 1; i < units.length; i++) {
            for (int j = 0; j < units[i].length; j++) {
                if (units[i][j] != units[0][j]) {
                    throw new AssertionError(what + ": hidden unit " + i + " has " + units[i][j] + " where unit 0 has "
                            + units[0][j] + "; starting from W = 0 every hidden unit must compute and receive exactly"
                            + " the same (the symmetry problem), so your weights were not all 0");
                }
            }
        }
    }

    private static void update(double[][] p, double[][] grad) {
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p[i].length; j++) {
                p[i][j] -= LEARNING_RATE * grad[i][j];
            }
        }
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    private static double[][] gaussian(Random random, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return m;
    }
}
