package nngrade.student.optimizers;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.optimizers.Optimizer;

/**
 * optim.momentum_torch, as torch.optim.SGD(lr, momentum=mu): m = mu m + g; x -= lr m, with m = 0
 * before the first step.
 */
public class MomentumTorch implements Optimizer {

    private final double lr;
    private final double mu;
    // TODO: the buffer m, one entry per coordinate, created at the first step

    /**
     * @param lr the learning rate
     * @param mu the momentum, in [0, 1)
     */
    public MomentumTorch(double lr, double mu) {
        this.lr = lr;
        this.mu = mu;
    }

    /**
     * One step: m_i = mu m_i + g_i; x_i -= lr m_i.
     *
     * @param params the parameters x: update them in place
     * @param grad the gradient g, same length as params: do not modify it
     * @throws IllegalArgumentException if the lengths differ, or params' length differs from
     *     the first step's
     */
    @Override
    public void step(double[] params, double[] grad) {
        throw new NotImplementedYet("optim.momentum_torch");
    }
}
