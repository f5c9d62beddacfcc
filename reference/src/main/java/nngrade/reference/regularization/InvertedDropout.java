package nngrade.reference.regularization;

import java.util.Random;
import nngrade.problems.regularization.Dropout;
import nngrade.problems.regularization.DropoutResult;

/**
 * reg.dropout, inverted dropout ("more common: test time is unchanged"): at train time keep each
 * unit with probability p and scale the kept ones by 1/p, so that E[y_i] = p (x_i / p) = x_i; at
 * test time the layer is the identity. The backward pass lets the gradient through the kept
 * units only, scaled the same way: dx_i = kept_i dy_i / p.
 */
public class InvertedDropout implements Dropout {

    private final double p;

    /**
     * @param p the keep probability, in (0, 1]
     * @throws IllegalArgumentException otherwise
     */
    public InvertedDropout(double p) {
        this.p = DropoutMask.requireKeepProbability(p);
    }

    /**
     * @param x      the activations (not modified)
     * @param random draws the mask, one nextDouble() per unit
     * @return y_i = kept_i x_i / p, and the mask
     */
    @Override
    public DropoutResult forwardTrain(double[] x, Random random) {
        boolean[] kept = DropoutMask.draw(x.length, p, random);
        return new DropoutResult(DropoutMask.apply(x, kept, 1 / p), kept);
    }

    /** @return a copy of x: test time is unchanged */
    @Override
    public double[] forwardTest(double[] x) {
        return x.clone();
    }

    /**
     * @param dy   dL/dy (not modified)
     * @param kept the forward's mask (not modified)
     * @return dx_i = kept_i dy_i / p
     */
    @Override
    public double[] backward(double[] dy, boolean[] kept) {
        return DropoutMask.apply(dy, kept, 1 / p);
    }
}
