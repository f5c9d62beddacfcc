package nngrade.student.backprop;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.backprop.DifferentiableFunction;

/**
 * graph.example_simple: f(x, y, z) = (x + y) z, as the circuit q = x + y, f = q z.
 *
 * <p>At (x, y, z) = (-2, 5, -4): f = -12 and the gradient is (-4, -4, 3).
 */
public class SimpleExample implements DifferentiableFunction {

    /**
     * @param v (x, y, z) (not modified)
     * @return f = (x + y) z
     */
    @Override
    public double value(double[] v) {
        throw new NotImplementedYet("graph.example_simple");
    }

    /**
     * Compute it by back-propagation: a forward pass keeping every intermediate value, then a
     * backward pass gate by gate.
     *
     * @param v (x, y, z) (not modified)
     * @return (df/dx, df/dy, df/dz)
     */
    @Override
    public double[] gradient(double[] v) {
        throw new NotImplementedYet("graph.example_simple");
    }
}
