package nngrade.student.optimizers;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.optimizers.Optimizer;

/**
 * optim.adagrad, as torch.optim.Adagrad(lr, eps=eps): G += g^2; x -= lr g/(sqrt(G) + eps),
 * elementwise, with G = 0 before the first step.
 */
public class AdaGrad implements Optimizer {

    private final double lr;
    private final double eps;
    // TODO: the sum of squared gradients G, one entry per coordinate, created at the first step

    /**
     * @param lr the learning rate
     * @param eps added to the square root, outside it
     */
    public AdaGrad(double lr, double eps) {
        this.lr = lr;
        this.eps = eps;
    }

    /**
     * One step: G_i += g_i^2; x_i -= lr g_i/(sqrt(G_i) + eps) (eps outside the square root).
     *
     * @param params the parameters x: update them in place
     * @param grad the gradient g, same length as params: do not modify it
     * @throws IllegalArgumentException if the lengths differ, or params' length differs from
     *     the first step's
     */
    @Override
    public void step(double[] params, double[] grad) {
        throw new NotImplementedYet("optim.adagrad");
    }
}
