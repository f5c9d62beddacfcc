package nngrade.student.backprop;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.backprop.DifferentiableFunction;

/**
 * graph.example_sigmoid: f = 1/(1 + exp(-(w0 x0 + w1 x1 + w2))) on v = (w0, w1, w2, x0, x1), staged
 * as the notes' circuit: two mul gates, two add gates, *-1, exp, +1, 1/x.
 *
 * <p>At w = (2, -3, -3), x = (-1, -2): f = 0.7311, dw = (-0.1966, -0.3932, 0.1966), dx = (0.3932,
 * -0.5898).
 */
public class SigmoidExample implements DifferentiableFunction {

    /**
     * @param v (w0, w1, w2, x0, x1) (not modified)
     * @return f
     */
    @Override
    public double value(double[] v) {
        throw new NotImplementedYet("graph.example_sigmoid");
    }

    /**
     * Compute it by back-propagation: a forward pass keeping every intermediate value, then a
     * backward pass gate by gate.
     *
     * @param v (w0, w1, w2, x0, x1) (not modified)
     * @return (df/dw0, df/dw1, df/dw2, df/dx0, df/dx1)
     */
    @Override
    public double[] gradient(double[] v) {
        throw new NotImplementedYet("graph.example_sigmoid");
    }
}
