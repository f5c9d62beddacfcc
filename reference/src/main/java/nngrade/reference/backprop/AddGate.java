package nngrade.reference.backprop;

import nngrade.problems.backprop.BinaryGate;
import nngrade.problems.backprop.BinaryGradient;

/**
 * gate.add: z = x + y. The gradient distributor: dz/dx = dz/dy = 1, so both inputs receive the
 * upstream gradient unchanged.
 */
public class AddGate implements BinaryGate {

    /** @return x + y */
    @Override
    public double forward(double x, double y) {
        return x + y;
    }

    /** @return (dz, dz) */
    @Override
    public BinaryGradient backward(double x, double y, double dz) {
        return new BinaryGradient(dz, dz);
    }
}
