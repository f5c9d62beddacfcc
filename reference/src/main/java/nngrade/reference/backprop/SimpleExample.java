package nngrade.reference.backprop;

import nngrade.problems.backprop.BinaryGate;
import nngrade.problems.backprop.BinaryGradient;
import nngrade.problems.backprop.DifferentiableFunction;
import nngrade.reference.Shapes;

/**
 * graph.example_simple: f(x, y, z) = (x + y) z, the notes' first worked example, as the circuit
 * q = x + y, f = q z.
 *
 * <p>At (x, y, z) = (-2, 5, -4): q = 3, f = -12; backward df/dz = q = 3, df/dq = z = -4, and the
 * add gate distributes -4 to both x and y.
 */
public class SimpleExample implements DifferentiableFunction {

    private final BinaryGate add = new AddGate();
    private final BinaryGate mul = new MulGate();

    /**
     * @param v (x, y, z) (not modified)
     * @return (x + y) z
     */
    @Override
    public double value(double[] v) {
        Shapes.requireLength(v, 3, "v = (x, y, z)");
        return mul.forward(add.forward(v[0], v[1]), v[2]);
    }

    /**
     * @param v (x, y, z) (not modified)
     * @return (df/dx, df/dy, df/dz) = (z, z, x + y)
     */
    @Override
    public double[] gradient(double[] v) {
        Shapes.requireLength(v, 3, "v = (x, y, z)");
        double x = v[0];
        double y = v[1];
        double z = v[2];
        // forward pass, keeping the intermediate value the backward pass needs
        double q = add.forward(x, y);
        // backward pass, from df/df = 1
        BinaryGradient dMul = mul.backward(q, z, 1); // (df/dq, df/dz) = (z, q)
        BinaryGradient dAdd = add.backward(x, y, dMul.dx()); // (df/dx, df/dy) = (df/dq, df/dq)
        return new double[] {dAdd.dx(), dAdd.dy(), dMul.dy()};
    }
}
