package nngrade.problems.optimizers;

import java.util.function.UnaryOperator;

/**
 * An optimizer that needs the gradient somewhere other than at the current parameters: Nesterov
 * momentum in its lookahead form (optim.nesterov), v = mu v - eps grad(x + mu v); x += v, which
 * takes the gradient at the lookahead point x + mu v. The caller hands over the gradient as a
 * function, and the optimizer decides where to evaluate it.
 *
 * <p>Like {@link Optimizer}: built by the {@code Solutions} factory with its hyperparameters, state
 * per instance (nothing static), sized by the first step, for any length.
 */
public interface LookaheadOptimizer {

    /**
     * Performs one step, evaluating the gradient exactly once, at the lookahead point.
     *
     * @param params   the parameters x; MODIFIED in place: on return they hold the updated x
     * @param gradient returns the gradient of the loss at the point it is given (a new array of
     *                 the same length); it neither keeps nor modifies its argument, and the array
     *                 it returns is the optimizer's to read but must not be modified
     * @throws IllegalArgumentException if the gradient returned has a length different from
     *     params', or params' length differs from the length of the first step; params is then
     *     left unchanged
     */
    void step(double[] params, UnaryOperator<double[]> gradient);
}
