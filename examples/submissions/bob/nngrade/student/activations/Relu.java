package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.activations.Activation;

/**
 * act.relu: the rectified linear unit max(x, 0).
 */
public class Relu implements Activation {

    /**
     * y_i = max(x_i, 0).
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        throw new NotImplementedYet("act.relu");
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = 1 for x &gt; 0, 0 for x &lt; 0; at x = 0 any value in [0, 1]
     * is accepted.
     *
     * @param x the input (not modified)
     * @param dy dL/dy (not modified)
     * @return a new array dx
     */
    @Override
    public double[] backward(double[] x, double[] dy) {
        throw new NotImplementedYet("act.relu");
    }
}
