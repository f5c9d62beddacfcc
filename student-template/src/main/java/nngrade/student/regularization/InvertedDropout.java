package nngrade.student.regularization;

import java.util.Random;
import nngrade.problems.NotImplementedYet;
import nngrade.problems.regularization.Dropout;
import nngrade.problems.regularization.DropoutResult;

/**
 * reg.dropout, inverted dropout: keep each unit with probability p and scale the kept ones by 1/p at
 * train time; test time is unchanged.
 */
public class InvertedDropout implements Dropout {

    private final double p;

    /**
     * @param p the keep probability, in (0, 1]; reject anything else with IllegalArgumentException
     *          (here or in the methods)
     */
    public InvertedDropout(double p) {
        this.p = p;
    }

    /**
     * Draw the mask exactly so: for i = 0, 1, ... in order, unit i is kept iff random.nextDouble()
     * &lt; p (one draw per unit, nothing else). Then y_i = x_i / p if kept, 0 if dropped.
     *
     * @param x      the activations (not modified)
     * @param random the generator of the mask
     * @return the output and the mask
     */
    @Override
    public DropoutResult forwardTrain(double[] x, Random random) {
        throw new NotImplementedYet("reg.dropout");
    }

    /**
     * @param x the activations (not modified)
     * @return a copy of x (the identity)
     */
    @Override
    public double[] forwardTest(double[] x) {
        throw new NotImplementedYet("reg.dropout");
    }

    /**
     * dx_i = dy_i / p if kept, 0 if dropped, with the mask of the forward pass.
     *
     * @param dy   dL/dy (not modified)
     * @param kept the mask forwardTrain returned (not modified)
     * @return a new array dx
     */
    @Override
    public double[] backward(double[] dy, boolean[] kept) {
        throw new NotImplementedYet("reg.dropout");
    }
}
