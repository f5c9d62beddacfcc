package nngrade.problems.optimizers;

/**
 * A first-order optimizer that updates a parameter vector in place from its gradient, one step at
 * a time (optim.sgd, the momentum forms, optim.nesterov_shifted, AdaGrad, RMSProp, Adam, AMSGrad,
 * AdamW, optim.weight_decay).
 *
 * <p>An optimizer is built with its hyperparameters by the {@code Solutions} factory and keeps
 * its own state (velocity, moment estimates, step count t, which starts at 1 on the first step).
 * The state belongs to the instance: two instances never share it, and nothing is static. The
 * state is sized by the first step, for a parameter vector of any length.
 *
 * <p>Where the notes leave a detail open, the update is torch.optim's: the same order of
 * operations, eps added outside the square root, state initialized to zeros.
 */
public interface Optimizer {

    /**
     * Performs one step.
     *
     * @param params the parameters x; MODIFIED in place: on return they hold the updated x
     * @param grad   the gradient of the loss at x, same length as params; not modified, and not
     *               kept (the optimizer copies what it needs into its own state)
     * @throws IllegalArgumentException if grad's length differs from params', or if the optimizer
     *     keeps per-coordinate state and params' length differs from the length of its first step
     *     (optim.sgd and optim.weight_decay keep none and accept any length at every step); params
     *     is then left unchanged
     */
    void step(double[] params, double[] grad);
}
