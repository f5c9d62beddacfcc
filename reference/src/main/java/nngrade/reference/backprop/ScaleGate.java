package nngrade.reference.backprop;

import nngrade.problems.backprop.UnaryGate;

/** gate.scale: z = c x for a fixed constant c (the "*-1" gate of the sigmoid circuit). */
public class ScaleGate implements UnaryGate {

    private final double c;

    /** @param c the constant factor */
    public ScaleGate(double c) {
        this.c = c;
    }

    /** @return c x */
    @Override
    public double forward(double x) {
        return c * x;
    }

    /** @return c dz, since dz/dx = c */
    @Override
    public double backward(double x, double dz) {
        return c * dz;
    }
}
