package nngrade.reference.backprop;

import nngrade.problems.backprop.UnaryGate;

/** gate.offset: z = x + c for a fixed constant c (the "+1" gate of the sigmoid circuit). */
public class OffsetGate implements UnaryGate {

    private final double c;

    /** @param c the constant added */
    public OffsetGate(double c) {
        this.c = c;
    }

    /** @return x + c */
    @Override
    public double forward(double x) {
        return x + c;
    }

    /** @return dz, since dz/dx = 1 */
    @Override
    public double backward(double x, double dz) {
        return dz;
    }
}
