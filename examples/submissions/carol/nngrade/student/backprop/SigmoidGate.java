package nngrade.student.backprop;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.backprop.UnaryGate;

/**
 * gate.sigmoid: z = sigma(x) = 1/(1 + e^-x) as a single gate.
 */
public class SigmoidGate implements UnaryGate {

    /**
     * @return z = sigma(x); must not overflow at x = -1000 (for x &lt; 0 use e^x/(1 + e^x))
     */
    @Override
    public double forward(double x) {
        throw new NotImplementedYet("gate.sigmoid");
    }

    /**
     * dx = sigma(x)(1 - sigma(x)) dz, the notes' (0.73)(1 - 0.73) = 0.2.
     *
     * @param x the input the forward pass saw
     * @param dz dL/dz, the gradient flowing in from above
     * @return dL/dx
     */
    @Override
    public double backward(double x, double dz) {
        throw new NotImplementedYet("gate.sigmoid");
    }
}
