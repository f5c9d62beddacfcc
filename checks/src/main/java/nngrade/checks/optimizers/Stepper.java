package nngrade.checks.optimizers;

import java.util.function.UnaryOperator;
import nngrade.problems.optimizers.LookaheadOptimizer;
import nngrade.problems.optimizers.Optimizer;

/**
 * One optimizer instance, driven the same way whatever its interface: an {@link Optimizer} is
 * handed the gradient at its current parameters, a {@link LookaheadOptimizer} the gradient
 * function itself.
 */
@FunctionalInterface
interface Stepper {

    /**
     * @param x        the parameters, updated in place
     * @param gradient the gradient at a point (a new array each call)
     */
    void step(double[] x, UnaryOperator<double[]> gradient);

    static Stepper of(Optimizer optimizer) {
        return (x, gradient) -> optimizer.step(x, gradient.apply(x.clone()));
    }

    static Stepper of(LookaheadOptimizer optimizer) {
        return optimizer::step;
    }
}
