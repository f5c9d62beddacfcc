package nngrade.problems.backprop;

/**
 * A gate with one input: z = f(x) (gate.exp, gate.inv, gate.scale, gate.offset, gate.sigmoid).
 *
 * <p>Backward applies the chain rule at one node: dx = f'(x) * dz, the local gradient times the
 * gradient flowing in from above.
 */
public interface UnaryGate {

    /** @return z = f(x) */
    double forward(double x);

    /**
     * @param x  the input the forward pass saw
     * @param dz dL/dz, the upstream gradient
     * @return dL/dx = f'(x) dz
     */
    double backward(double x, double dz);
}
