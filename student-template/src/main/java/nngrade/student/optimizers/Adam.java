package nngrade.student.optimizers;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.optimizers.Optimizer;

/**
 * optim.adam, as torch.optim.Adam(lr, betas=(beta1, beta2), eps=eps), with bias correction.
 */
public class Adam implements Optimizer {

    private final double lr;
    private final double beta1;
    private final double beta2;
    private final double eps;
    // TODO: m, v (one entry per coordinate, created at the first step) and the step count t

    /**
     * @param lr the learning rate
     * @param beta1 the decay of the first moment m
     * @param beta2 the decay of the second moment v
     * @param eps added to the square root, outside it
     */
    public Adam(double lr, double beta1, double beta2, double eps) {
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
    }

    /**
     * One step, t counting steps from 1, elementwise:
     * m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2; m^ = m/(1 - b1^t); v^ = v/(1 - b2^t);
     * x -= lr m^/(sqrt(v^) + eps) (eps outside the square root).
     *
     * @param params the parameters x: update them in place
     * @param grad the gradient g, same length as params: do not modify it
     * @throws IllegalArgumentException if the lengths differ, or params' length differs from
     *     the first step's
     */
    @Override
    public void step(double[] params, double[] grad) {
        throw new NotImplementedYet("optim.adam");
    }
}
