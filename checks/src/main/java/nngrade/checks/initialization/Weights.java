package nngrade.checks.initialization;

import java.util.Random;
import nngrade.checks.support.Expect;
import nngrade.problems.initialization.Initializer;

/** Draws a weight matrix from a submission and checks its shape before anything else looks at it. */
final class Weights {

    private Weights() {
    }

    /**
     * @param what names the call in failure messages
     * @return the submission's fanOut-by-fanIn matrix, after checking that it has fanOut rows of
     *     fanIn finite numbers
     */
    static double[][] draw(String what, Initializer init, int fanOut, int fanIn, Random random) {
        double[][] w = init.initialize(fanOut, fanIn, random);
        requireShape(what, w, fanOut, fanIn);
        return w;
    }

    /** @return the weights laid end to end, after the shape check of {@link #draw} */
    static double[] drawFlat(String what, Initializer init, int fanOut, int fanIn, Random random) {
        double[][] w = draw(what, init, fanOut, fanIn, random);
        double[] flat = new double[fanOut * fanIn];
        for (int i = 0; i < fanOut; i++) {
            System.arraycopy(w[i], 0, flat, i * fanIn, fanIn);
        }
        return flat;
    }

    /** Fails unless w has fanOut rows of fanIn finite numbers. */
    static void requireShape(String what, double[][] w, int fanOut, int fanIn) {
        Expect.notNull(what, w);
        Expect.that(w.length == fanOut, () -> what + ": wrong shape: expected " + fanOut + " rows (fan_out) of " + fanIn
                + " weights (fan_in), got " + w.length + " rows; the weight of torch.nn.Linear(fan_in, fan_out)"
                + " has shape (fan_out, fan_in)");
        for (int i = 0; i < fanOut; i++) {
            int row = i; // the messages are written only on failure: a draw has up to 256 rows
            Expect.notNull(() -> what + " row " + row, w[i]);
            Expect.that(w[i].length == fanIn, () -> what + ": wrong shape: row " + row + " has " + w[row].length
                    + " weights, expected fan_in = " + fanIn + " (shape (fan_out, fan_in) = (" + fanOut
                    + ", " + fanIn + "))");
            Expect.finite(() -> what + " row " + row, w[i]);
        }
    }
}
