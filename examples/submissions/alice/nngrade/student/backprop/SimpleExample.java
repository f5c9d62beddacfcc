package nngrade.student.backprop;

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
        if (v.length != 3) {
            throw new IllegalArgumentException("the point has 3 coordinates, got " + v.length);
        }
        double q = v[0] + v[1];
        return q * v[2];
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
        if (v.length != 3) {
            throw new IllegalArgumentException("the point has 3 coordinates, got " + v.length);
        }
        double x = v[0];
        double y = v[1];
        double z = v[2];
        // forward
        double q = x + y;
        // backward through f = q * z (the multiply gate switches its inputs)
        double df = 1.0;
        double dq = z * df;
        double dz = q * df;
        // backward through q = x + y (the add gate distributes)
        double dx = dq;
        double dy = dq;
        return new double[] {dx, dy, dz};
    }
}
