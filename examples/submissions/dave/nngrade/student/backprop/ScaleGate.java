package nngrade.student.backprop;

import nngrade.problems.backprop.UnaryGate;

/**
 * gate.scale: z = c x for a fixed constant c (the "*-1" gate of the sigmoid circuit).
 */
public class ScaleGate implements UnaryGate {

    private final double c;

    /**
     * @param c the constant factor
     */
    public ScaleGate(double c) {
        this.c = c;
    }

    /**
     * @return z = c x
     */
    @Override
    public double forward(double x) {
        return c * x;
    }

    /**
     * dx = c dz.
     *
     * @param x the input the forward pass saw
     * @param dz dL/dz, the gradient flowing in from above
     * @return dL/dx
     */
    @Override
    public double backward(double x, double dz) {
        return dz * c;
    }
}
