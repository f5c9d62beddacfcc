package nngrade.student.optimizers;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.optimizers.Optimizer;

/**
 * optim.momentum_sutskever, the notes' first momentum form:
 * dx = mu dx - lr (1 - mu) g; x += dx, with dx = 0 before the first step.
 */
public class MomentumSutskever implements Optimizer {

    private final double lr;
    private final double mu;
    // TODO: the velocity dx, one entry per coordinate, created at the first step

    /**
     * @param lr the learning rate
     * @param mu the momentum, in [0, 1)
     */
    public MomentumSutskever(double lr, double mu) {
        this.lr = lr;
        this.mu = mu;
    }

    /**
     * One step: dx_i = mu dx_i - lr (1 - mu) g_i; x_i += dx_i. The velocity dx belongs to this
     * instance (not static) and is sized at the first step.
     *
     * @param params the parameters x: update them in place
     * @param grad the gradient g, same length as params: do not modify it
     * @throws IllegalArgumentException if the lengths differ, or params' length differs from
     *     the first step's
     */
    @Override
    public void step(double[] params, double[] grad) {
        throw new NotImplementedYet("optim.momentum_sutskever");
    }
}
