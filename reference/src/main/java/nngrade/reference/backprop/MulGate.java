package nngrade.reference.backprop;

import nngrade.problems.backprop.BinaryGate;
import nngrade.problems.backprop.BinaryGradient;

/**
 * gate.mul: z = x y. The gradient switcher: dz/dx = y and dz/dy = x, so each input receives the
 * upstream gradient scaled by the other input.
 */
public class MulGate implements BinaryGate {

    /** @return x y */
    @Override
    public double forward(double x, double y) {
        return x * y;
    }

    /** @return (y dz, x dz) */
    @Override
    public BinaryGradient backward(double x, double y, double dz) {
        return new BinaryGradient(y * dz, x * dz);
    }
}
