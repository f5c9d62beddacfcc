package nngrade.checks.babysitting;

import java.util.Random;
import nngrade.problems.babysitting.TwoLayerParameters;

/**
 * A network and a batch for the value and gradient checks of babysit.initial_loss: weights of
 * order 1 (so every gradient is far from 0), nonzero biases, a few examples of a few inputs.
 *
 * @param model the parameters
 * @param data  the batch
 * @param reg   the regularization strength
 */
record NetworkCase(TwoLayerParameters model, Examples data, double reg) {

    /**
     * Every pre-activation z_ij = W1_j . x_i + b1_j of a gradient case is at least this far from
     * the ReLU's kink at 0. A central difference moves z by at most the step (1e-6 max(1, |w|),
     * see GradientCheck) times max(1, |x|), below 1e-5 here, so no difference crosses the kink.
     */
    static final double KINK_MARGIN = 1e-3;

    /**
     * @param random the only source of randomness
     * @return D in [1, 4], H in [1, 8], C in [2, 5], N in [1, 10]; W1 ~ N(0, 1/D), W2 ~ N(0, 1/H),
     *     biases ~ N(0, 0.5^2), x ~ N(0, 1), labels uniform, reg 0 or uniform in [0, 1]; redrawn
     *     until every pre-activation is at least {@link #KINK_MARGIN} from 0
     */
    static NetworkCase draw(Random random) {
        int d = 1 + random.nextInt(4);
        int h = 1 + random.nextInt(8);
        int c = 2 + random.nextInt(4);
        int n = 1 + random.nextInt(10);
        double reg = random.nextBoolean() ? 0 : random.nextDouble();
        while (true) {
            TwoLayerParameters m = Models.gaussian(d, h, c, 1 / Math.sqrt(d), 1 / Math.sqrt(h), 0.5, random);
            double[][] x = new double[n][d];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < d; k++) {
                    x[i][k] = random.nextGaussian();
                }
                y[i] = random.nextInt(c);
            }
            NetworkCase nc = new NetworkCase(m, new Examples(x, y), reg);
            if (nc.awayFromKinks()) {
                return nc;
            }
        }
    }

    /** @return the largest |score| plus the regularization: the size of the terms the loss adds up */
    double scale() {
        double s = 0;
        for (double[] row : new NotesNetwork().scores(model, data.x())) {
            for (double v : row) {
                s = Math.max(s, Math.abs(v));
            }
        }
        return 1 + s + reg * (NotesNetwork.squares(model.w1()) + NotesNetwork.squares(model.w2()));
    }

    private boolean awayFromKinks() {
        for (double[] x : data.x()) {
            for (double z : NotesNetwork.preActivations(model, x)) {
                if (Math.abs(z) < KINK_MARGIN) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "a network of D = " + model.w1()[0].length + " inputs, H = " + model.b1().length + " hidden units, C = "
                + model.b2().length + " classes on N = " + data.size() + " examples, reg = " + reg;
    }
}
