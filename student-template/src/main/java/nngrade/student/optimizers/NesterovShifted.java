package nngrade.student.optimizers;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.optimizers.Optimizer;

/**
 * optim.nesterov_shifted, the notes' rewritten Nesterov update on x~ = x + mu v (the parameters
 * you are given are x~, and the gradient is taken there): v_prev = v; v = mu v - eps g;
 * x~ += v + mu (v - v_prev), with v = 0 before the first step. This is torch.optim.SGD(lr=eps,
 * momentum=mu, nesterov=True).
 */
public class NesterovShifted implements Optimizer {

    private final double eps;
    private final double mu;
    // TODO: the velocity v, one entry per coordinate, created at the first step

    /**
     * @param eps the step size (the notes' eps = (1 - mu) lr)
     * @param mu the momentum, in [0, 1)
     */
    public NesterovShifted(double eps, double mu) {
        this.eps = eps;
        this.mu = mu;
    }

    /**
     * One step: v_prev_i = v_i; v_i = mu v_i - eps g_i; x_i += v_i + mu (v_i - v_prev_i).
     *
     * @param params the parameters x: update them in place
     * @param grad the gradient g, same length as params: do not modify it
     * @throws IllegalArgumentException if the lengths differ, or params' length differs from
     *     the first step's
     */
    @Override
    public void step(double[] params, double[] grad) {
        throw new NotImplementedYet("optim.nesterov_shifted");
    }
}
