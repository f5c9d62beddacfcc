package nngrade.student.optimizers;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.optimizers.Optimizer;

/**
 * optim.amsgrad, as torch.optim.Adam(lr, betas=(beta1, beta2), eps=eps, amsgrad=True).
 */
public class AmsGrad implements Optimizer {

    private final double lr;
    private final double beta1;
    private final double beta2;
    private final double eps;
    // TODO: m, v, v_max (one entry per coordinate, created at the first step) and t

    /**
     * @param lr the learning rate
     * @param beta1 the decay of the first moment m
     * @param beta2 the decay of the second moment v
     * @param eps added to the square root, outside it
     */
    public AmsGrad(double lr, double beta1, double beta2, double eps) {
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
    }

    /**
     * One step: Adam's m and v, then v_max = max(v_max, v) (the uncorrected v) and
     * x -= lr m^/(sqrt(v_max/(1 - b2^t)) + eps), with m^ = m/(1 - b1^t).
     *
     * @param params the parameters x: update them in place
     * @param grad the gradient g, same length as params: do not modify it
     * @throws IllegalArgumentException if the lengths differ, or params' length differs from
     *     the first step's
     */
    @Override
    public void step(double[] params, double[] grad) {
        throw new NotImplementedYet("optim.amsgrad");
    }
}
