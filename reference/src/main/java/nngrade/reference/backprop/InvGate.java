package nngrade.reference.backprop;

import nngrade.problems.backprop.UnaryGate;

/** gate.inv: z = 1/x, with local gradient d(1/x)/dx = -1/x^2. */
public class InvGate implements UnaryGate {

    /** @return 1/x */
    @Override
    public double forward(double x) {
        return 1 / x;
    }

    /** @return -dz / x^2 */
    @Override
    public double backward(double x, double dz) {
        return -dz / (x * x);
    }
}
