package nngrade.checks.optimizers;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import nngrade.checks.support.Batch;
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

    /**
     * Steps along gradients that do not depend on the parameters: what {@link #step} makes of
     * g_1, ..., g_T in turn, each handed as a new array.
     *
     * @param x     the parameters, updated in place
     * @param grads grads[t - 1] is g_t; not modified
     * @return rows 1..T: a copy of x after each step (row 0 is left null)
     */
    default double[][] along(double[] x, double[][] grads) {
        double[][] xs = new double[grads.length + 1][];
        for (int t = 1; t <= grads.length; t++) {
            double[] g = grads[t - 1];
            step(x, point -> g.clone());
            xs[t] = x.clone();
        }
        return xs;
    }

    static Stepper of(Optimizer optimizer) {
        return new OfOptimizer(optimizer);
    }

    /** An {@link Optimizer}, handed the gradient at a copy of its parameters. */
    record OfOptimizer(Optimizer optimizer) implements Stepper {

        @Override
        public void step(double[] x, UnaryOperator<double[]> gradient) {
            optimizer.step(x, gradient.apply(x.clone()));
        }

        /** The same calls, in one exchange behind the channel: every step is handed the same x. */
        @Override
        public double[][] along(double[] x, double[][] grads) {
            double[][] xs = new double[grads.length + 1][];
            steps(x, Arrays.stream(grads).map(double[]::clone).toArray(double[][]::new), t -> xs[t + 1] = x.clone());
            return xs;
        }

        /**
         * Steps once per gradient, in one exchange behind the channel.
         *
         * @param x         the parameters, updated in place
         * @param handed    handed[t - 1] is the very array step t is handed
         * @param afterStep run with t - 1 right after step t, as a loop would run it there
         */
        void steps(double[] x, double[][] handed, IntConsumer afterStep) {
            Batch.map(optimizer, IntStream.range(0, handed.length).boxed().toList(), (o, t) -> {
                o.step(x, handed[t]);
                return null;
            }, afterStep);
        }
    }

    static Stepper of(LookaheadOptimizer optimizer) {
        return optimizer::step;
    }
}
