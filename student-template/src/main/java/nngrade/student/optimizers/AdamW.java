package nngrade.student.optimizers;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.optimizers.Optimizer;

/**
 * optim.adamw, as torch.optim.AdamW(lr, betas=(beta1, beta2), eps=eps, weight_decay=wd):
 * decoupled weight decay.
 */
public class AdamW implements Optimizer {

    private final double lr;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    // TODO: m, v (one entry per coordinate, created at the first step) and t

    /**
     * @param lr the learning rate
     * @param beta1 the decay of the first moment m
     * @param beta2 the decay of the second moment v
     * @param eps added to the square root, outside it
     * @param weightDecay wd
     */
    public AdamW(double lr, double beta1, double beta2, double eps, double weightDecay) {
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
    }

    /**
     * One step: first x -= lr wd x, then the Adam step with g as given (do not add wd x to g).
     *
     * @param params the parameters x: update them in place
     * @param grad the gradient g, same length as params: do not modify it
     * @throws IllegalArgumentException if the lengths differ, or params' length differs from
     *     the first step's
     */
    @Override
    public void step(double[] params, double[] grad) {
        throw new NotImplementedYet("optim.adamw");
    }
}
