package nngrade.problems.backprop;

/**
 * A gate with two inputs: z = f(x, y) (gate.add, gate.mul, gate.max).
 *
 * <p>The notes' names for what the gates do with the upstream gradient: add distributes it,
 * mul switches it (dx = y dz, dy = x dz), max routes it to the larger input.
 */
public interface BinaryGate {

    /** @return z = f(x, y) */
    double forward(double x, double y);

    /**
     * @param dz dL/dz, the upstream gradient
     * @return (dL/dx, dL/dy)
     */
    BinaryGradient backward(double x, double y, double dz);
}
