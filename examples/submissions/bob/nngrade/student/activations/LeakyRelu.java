package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.activations.Activation;

/**
 * act.leaky_relu, as torch.nn.LeakyReLU(negative_slope): x if x &gt;= 0 else a x.
 */
public class LeakyRelu implements Activation {

    private final double negativeSlope;

    /**
     * @param negativeSlope a, the slope for x &lt; 0
     */
    public LeakyRelu(double negativeSlope) {
        this.negativeSlope = negativeSlope;
    }

    /**
     * y_i = x_i if x_i &gt;= 0 else a x_i.
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        throw new NotImplementedYet("act.leaky_relu");
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = 1 for x &gt; 0, a for x &lt; 0; at x = 0 any value between a
     * and 1 is accepted.
     *
     * @param x the input (not modified)
     * @param dy dL/dy (not modified)
     * @return a new array dx
     */
    @Override
    public double[] backward(double[] x, double[] dy) {
        throw new NotImplementedYet("act.leaky_relu");
    }
}
