package nngrade.student.backprop;

import nngrade.problems.backprop.UnaryGate;

/**
 * gate.offset: z = x + c for a fixed constant c (the "+1" gate of the sigmoid circuit).
 */
public class OffsetGate implements UnaryGate {

    private final double c;

    /**
     * @param c the constant added
     */
    public OffsetGate(double c) {
        this.c = c;
    }

    /**
     * @return z = x + c
     */
    @Override
    public double forward(double x) {
        return x + c;
    }

    /**
     * dx = dz.
     *
     * @param x the input the forward pass saw
     * @param dz dL/dz, the gradient flowing in from above
     * @return dL/dx
     */
    @Override
    public double backward(double x, double dz) {
        // adding a constant does not change slopes
        return dz;
    }
}
