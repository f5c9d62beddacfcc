package nngrade.student.backprop;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.backprop.BinaryGate;
import nngrade.problems.backprop.BinaryGradient;

/**
 * gate.max: z = max(x, y), the gradient router.
 */
public class MaxGate implements BinaryGate {

    /**
     * @return z = max(x, y)
     */
    @Override
    public double forward(double x, double y) {
        throw new NotImplementedYet("gate.max");
    }

    /**
     * The larger input receives dz, the other 0. At a tie (x = y) any split (a dz, (1 - a) dz) with
     * a in [0, 1] is accepted.
     *
     * @param x the first input the forward pass saw
     * @param y the second input the forward pass saw
     * @param dz dL/dz, the gradient flowing in from above
     * @return (dL/dx, dL/dy)
     */
    @Override
    public BinaryGradient backward(double x, double y, double dz) {
        throw new NotImplementedYet("gate.max");
    }
}
