package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.activations.Activation;

/**
 * act.hardswish (torch.nn.Hardswish): 0 if x &lt;= -3, x if x &gt;= 3, x (x + 3)/6 otherwise.
 */
public class Hardswish implements Activation {

    /**
     * y_i = 0 if x_i &lt;= -3, x_i if x_i &gt;= 3, x_i (x_i + 3)/6 otherwise.
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        throw new NotImplementedYet("act.hardswish");
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = 0 for x &lt; -3, 1 for x &gt; 3, (2x + 3)/6 in between; at x
     * = -3 and x = 3 any value between the left and right derivatives is accepted.
     *
     * @param x the input (not modified)
     * @param dy dL/dy (not modified)
     * @return a new array dx
     */
    @Override
    public double[] backward(double[] x, double[] dy) {
        throw new NotImplementedYet("act.hardswish");
    }
}
