package nngrade.student.backprop;

import nngrade.problems.backprop.DifferentiableFunction;

/**
 * graph.example_sigmoid: f = 1/(1 + exp(-(w0 x0 + w1 x1 + w2))) on v = (w0, w1, w2, x0, x1), staged
 * as the notes' circuit: two mul gates, two add gates, *-1, exp, +1, 1/x.
 *
 * <p>At w = (2, -3, -3), x = (-1, -2): f = 0.7311, dw = (-0.1966, -0.3932, 0.1966), dx = (0.3932,
 * -0.5898).
 */
public class SigmoidExample implements DifferentiableFunction {

    /**
     * @param v (w0, w1, w2, x0, x1) (not modified)
     * @return f
     */
    @Override
    public double value(double[] v) {
        if (v.length != 5) {
            throw new IllegalArgumentException("the point has 5 coordinates, got " + v.length);
        }
        double dot = v[0] * v[3] + v[1] * v[4] + v[2];
        return 1.0 / (1.0 + Math.exp(-dot));
    }

    /**
     * Compute it by back-propagation: a forward pass keeping every intermediate value, then a
     * backward pass gate by gate.
     *
     * @param v (w0, w1, w2, x0, x1) (not modified)
     * @return (df/dw0, df/dw1, df/dw2, df/dx0, df/dx1)
     */
    @Override
    public double[] gradient(double[] v) {
        if (v.length != 5) {
            throw new IllegalArgumentException("the point has 5 coordinates, got " + v.length);
        }
        double w0 = v[0];
        double w1 = v[1];
        double w2 = v[2];
        double x0 = v[3];
        double x1 = v[4];

        // forward, one gate at a time
        double p0 = w0 * x0;       // mul
        double p1 = w1 * x1;       // mul
        double sum = p0 + p1;      // add
        double dot = sum + w2;     // add
        double neg = -dot;         // *-1
        double e = Math.exp(neg);  // exp
        double den = e + 1.0;      // +1
        // f = 1/den                  1/x

        // backward, in reverse
        double dDen = -1.0 / (den * den);   // 1/x gate: -1/x^2
        double dE = dDen;                   // +1 gate passes it through
        double dNeg = dE * e;               // exp gate: times e^neg
        double dDot = -dNeg;                // *-1 gate
        double dSum = dDot;                 // add gate: distributes
        double dW2 = dDot;
        double dP0 = dSum;                  // add gate: distributes
        double dP1 = dSum;
        double dW0 = dP0 * x0;              // mul gates: switch
        double dX0 = dP0 * w0;
        double dW1 = dP1 * x1;
        double dX1 = dP1 * w1;
        return new double[] {dW0, dW1, dW2, dX0, dX1};
    }
}
