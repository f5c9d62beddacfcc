package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.activations.ParametricActivation;
import nngrade.problems.activations.ParametricGradients;

/**
 * act.prelu, the parametric ReLU: x if x &gt;= 0 else alpha x, with alpha learnable.
 */
public class Prelu implements ParametricActivation {

    /**
     * y_i = x_i if x_i &gt;= 0 else alpha x_i.
     *
     * @param x the input (not modified)
     * @param a alpha, the slope for x &lt; 0
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x, double a) {
        throw new NotImplementedYet("act.prelu");
    }

    /**
     * dx_i = dy_i for x_i &gt; 0, alpha dy_i for x_i &lt; 0 (any value in between at x_i = 0); dA =
     * sum over x_i &lt; 0 of x_i dy_i, summed over the elements because the parameter is shared.
     *
     * @param x the input (not modified)
     * @param a alpha, the slope for x &lt; 0
     * @param dy dL/dy (not modified)
     * @return dx and dA
     */
    @Override
    public ParametricGradients backward(double[] x, double a, double[] dy) {
        throw new NotImplementedYet("act.prelu");
    }
}
