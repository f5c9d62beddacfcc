package nngrade.checks.optimizers;

/**
 * Where the gradients of a run come from: a fixed sequence (the same whatever the optimizer
 * does) or a function of the point (a quadratic loss). The checks own it, so they know exactly
 * what the optimizer was handed and where it asked.
 */
interface GradientField {

    /**
     * @param t     the step, from 1
     * @param point where the gradient is asked for; not modified
     * @return the gradient, a new array
     */
    double[] at(int t, double[] point);
}
