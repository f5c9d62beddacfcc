package nngrade.reference.backprop;

import nngrade.problems.backprop.UnaryGate;

/** gate.exp: z = e^x, whose local gradient is e^x itself. */
public class ExpGate implements UnaryGate {

    /** @return e^x */
    @Override
    public double forward(double x) {
        return Math.exp(x);
    }

    /** @return e^x dz */
    @Override
    public double backward(double x, double dz) {
        return Math.exp(x) * dz;
    }
}
