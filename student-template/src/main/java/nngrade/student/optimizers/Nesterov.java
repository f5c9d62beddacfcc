package nngrade.student.optimizers;

import java.util.function.UnaryOperator;
import nngrade.problems.NotImplementedYet;
import nngrade.problems.optimizers.LookaheadOptimizer;

/**
 * optim.nesterov, Nesterov momentum in the lookahead form: v = mu v - eps grad(x + mu v);
 * x += v, with v = 0 before the first step.
 */
public class Nesterov implements LookaheadOptimizer {

    private final double eps;
    private final double mu;
    // TODO: the velocity v, one entry per coordinate, created at the first step

    /**
     * @param eps the step size (the notes' eps = (1 - mu) lr)
     * @param mu the momentum, in [0, 1)
     */
    public Nesterov(double eps, double mu) {
        this.eps = eps;
        this.mu = mu;
    }

    /**
     * One step: evaluate the gradient once, at the lookahead point x + mu v (a new array), then
     * v_i = mu v_i - eps g_i; x_i += v_i.
     *
     * @param params the parameters x: update them in place
     * @param gradient gives the gradient at the point it is handed: call it exactly once
     * @throws IllegalArgumentException if the gradient's length differs from params', or params'
     *     length differs from the first step's
     */
    @Override
    public void step(double[] params, UnaryOperator<double[]> gradient) {
        throw new NotImplementedYet("optim.nesterov");
    }
}
