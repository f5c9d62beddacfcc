package nngrade.student.optimizers;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.optimizers.Optimizer;

/**
 * optim.rmsprop, as torch.optim.RMSprop(lr, alpha=rho, eps=eps): G = rho G + (1 - rho) g^2;
 * x -= lr g/(sqrt(G) + eps), elementwise, with G = 0 before the first step.
 */
public class RmsProp implements Optimizer {

    private final double lr;
    private final double rho;
    private final double eps;
    // TODO: the running average G of g^2, one entry per coordinate, created at the first step

    /**
     * @param lr the learning rate
     * @param rho the decay of the running average of g^2
     * @param eps added to the square root, outside it
     */
    public RmsProp(double lr, double rho, double eps) {
        this.lr = lr;
        this.rho = rho;
        this.eps = eps;
    }

    /**
     * One step: G_i = rho G_i + (1 - rho) g_i^2; x_i -= lr g_i/(sqrt(G_i) + eps).
     *
     * @param params the parameters x: update them in place
     * @param grad the gradient g, same length as params: do not modify it
     * @throws IllegalArgumentException if the lengths differ, or params' length differs from
     *     the first step's
     */
    @Override
    public void step(double[] params, double[] grad) {
        throw new NotImplementedYet("optim.rmsprop");
    }
}
