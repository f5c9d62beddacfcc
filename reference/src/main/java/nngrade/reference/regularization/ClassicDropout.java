package nngrade.reference.regularization;

import java.util.Random;
import nngrade.problems.regularization.Dropout;
import nngrade.problems.regularization.DropoutResult;

/**
 * reg.dropout_classic, dropout as first proposed (Srivastava et al., 2014): at train time keep
 * each unit with probability p, unscaled; at test time every unit is active, so "at test time,
 * multiply by probability p": then the test output equals the expected training output,
 * E[kept_i x_i] = p x_i. Backward: dx_i = kept_i dy_i.
 */
public class ClassicDropout implements Dropout {

    private final double p;

    /**
     * @param p the keep probability, in (0, 1]
     * @throws IllegalArgumentException otherwise
     */
    public ClassicDropout(double p) {
        this.p = DropoutMask.requireKeepProbability(p);
    }

    /**
     * @param x      the activations (not modified)
     * @param random draws the mask, one nextDouble() per unit
     * @return y_i = kept_i x_i, and the mask
     */
    @Override
    public DropoutResult forwardTrain(double[] x, Random random) {
        boolean[] kept = DropoutMask.draw(x.length, p, random);
        return new DropoutResult(DropoutMask.apply(x, kept, 1), kept);
    }

    /** @return a new array p x */
    @Override
    public double[] forwardTest(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = p * x[i];
        }
        return y;
    }

    /**
     * @param dy   dL/dy (not modified)
     * @param kept the forward's mask (not modified)
     * @return dx_i = kept_i dy_i
     */
    @Override
    public double[] backward(double[] dy, boolean[] kept) {
        return DropoutMask.apply(dy, kept, 1);
    }
}
