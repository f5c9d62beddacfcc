package nngrade.student.optimizers;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.optimizers.Optimizer;

/**
 * optim.weight_decay, SGD with an L2 penalty, as torch.optim.SGD(lr, weight_decay=wd): the
 * penalty adds wd x to the gradient. Keeps no state.
 */
public class SgdWeightDecay implements Optimizer {

    private final double lr;
    private final double weightDecay;

    /**
     * @param lr the learning rate
     * @param weightDecay wd
     */
    public SgdWeightDecay(double lr, double weightDecay) {
        this.lr = lr;
        this.weightDecay = weightDecay;
    }

    /**
     * One step: g'_i = g_i + wd x_i, then x_i -= lr g'_i.
     *
     * @param params the parameters x: update them in place
     * @param grad the gradient g, same length as params: do not modify it
     * @throws IllegalArgumentException if the lengths differ
     */
    @Override
    public void step(double[] params, double[] grad) {
        throw new NotImplementedYet("optim.weight_decay");
    }
}
