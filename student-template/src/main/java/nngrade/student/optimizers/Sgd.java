package nngrade.student.optimizers;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.optimizers.Optimizer;

/**
 * optim.sgd, as torch.optim.SGD(lr): x -= lr g. Keeps no state.
 */
public class Sgd implements Optimizer {

    private final double lr;

    /**
     * @param lr the learning rate
     */
    public Sgd(double lr) {
        this.lr = lr;
    }

    /**
     * One step: x_i -= lr g_i for every i.
     *
     * @param params the parameters x: update them in place
     * @param grad the gradient g, same length as params: do not modify it
     * @throws IllegalArgumentException if the lengths differ
     */
    @Override
    public void step(double[] params, double[] grad) {
        throw new NotImplementedYet("optim.sgd");
    }
}
