package nngrade.student.backprop;

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
        // sigma(x) = (1 + tanh(x/2)) / 2: tanh saturates at +-1 instead of overflowing
        return 0.5 + 0.5 * Math.tanh(0.5 * x);
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
        // sigma(1 - sigma) = (1 - tanh^2(x/2)) / 4 = 1 / (4 cosh^2(x/2)); cosh overflowing to
        // infinity for huge |x| just gives the correct limit 0
        double c = Math.cosh(0.5 * x);
        return dz / (4 * c * c);
    }
}
