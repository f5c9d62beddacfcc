package nngrade.student.backprop;

import nngrade.problems.NotImplementedYet;
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
        throw new NotImplementedYet("gate.exp");
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
        throw new NotImplementedYet("gate.exp");
    }
}
