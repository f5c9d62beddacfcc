package nngrade.student.backprop;

import nngrade.problems.backprop.BinaryGate;
import nngrade.problems.backprop.BinaryGradient;

/**
 * gate.add: z = x + y, the gradient distributor.
 */
public class AddGate implements BinaryGate {

    /**
     * @return z = x + y
     */
    @Override
    public double forward(double x, double y) {
        return x + y;
    }

    /**
     * dx = dz and dy = dz: both inputs receive the upstream gradient unchanged.
     *
     * @param x the first input the forward pass saw
     * @param y the second input the forward pass saw
     * @param dz dL/dz, the gradient flowing in from above
     * @return (dL/dx, dL/dy)
     */
    @Override
    public BinaryGradient backward(double x, double y, double dz) {
        // dz/dx = dz/dy = 1, so the upstream gradient is copied to both sides
        return new BinaryGradient(dz, dz);
    }
}
