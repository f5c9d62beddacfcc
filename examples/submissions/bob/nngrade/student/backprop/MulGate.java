package nngrade.student.backprop;

import nngrade.problems.backprop.BinaryGate;
import nngrade.problems.backprop.BinaryGradient;

/**
 * gate.mul: z = x * y, the gradient switcher.
 */
public class MulGate implements BinaryGate {

    /**
     * @return z = x y
     */
    @Override
    public double forward(double x, double y) {
        return x * y;
    }

    /**
     * dx = y dz and dy = x dz: each input receives the upstream gradient times the other input.
     *
     * @param x the first input the forward pass saw
     * @param y the second input the forward pass saw
     * @param dz dL/dz, the gradient flowing in from above
     * @return (dL/dx, dL/dy)
     */
    @Override
    public BinaryGradient backward(double x, double y, double dz) {
        // the inputs swap places: x's gradient is scaled by y and vice versa
        double dx = dz * y;
        double dy = dz * x;
        return new BinaryGradient(dx, dy);
    }
}
