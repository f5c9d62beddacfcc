package nngrade.student.backprop;

import nngrade.problems.backprop.UnaryGate;

/**
 * gate.inv: z = 1/x (a gate of the sigmoid circuit).
 */
public class InvGate implements UnaryGate {

    /**
     * @return z = 1/x
     */
    @Override
    public double forward(double x) {
        return 1.0 / x;
    }

    /**
     * dx = -dz / x^2.
     *
     * @param x the input the forward pass saw
     * @param dz dL/dz, the gradient flowing in from above
     * @return dL/dx
     */
    @Override
    public double backward(double x, double dz) {
        // divide twice instead of squaring x first, so x^2 cannot underflow or overflow on its own
        return -(dz / x) / x;
    }
}
