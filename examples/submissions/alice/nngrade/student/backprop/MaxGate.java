package nngrade.student.backprop;

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
        return x >= y ? x : y;
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
        // the same comparison as forward: on a tie x "wins" and takes all of dz (a = 1)
        if (x >= y) {
            return new BinaryGradient(dz, 0.0);
        }
        return new BinaryGradient(0.0, dz);
    }
}
