package nngrade.student.backprop;

import nngrade.problems.backprop.UnaryGate;

/**
 * gate.exp: z = e^x (a gate of the sigmoid circuit).
 */
public class ExpGate implements UnaryGate {

    /**
     * @return z = e^x
     */
    @Override
    public double forward(double x) {
        return Math.exp(x);
    }

    /**
     * dx = e^x dz.
     *
     * @param x the input the forward pass saw
     * @param dz dL/dz, the gradient flowing in from above
     * @return dL/dx
     */
    @Override
    public double backward(double x, double dz) {
        // e^x is its own derivative: the local gradient is the gate's output
        double localGradient = forward(x);
        return localGradient * dz;
    }
}
