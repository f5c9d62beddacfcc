package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.activations.ParametricActivation;
import nngrade.problems.activations.ParametricGradients;

/**
 * act.swish: x sigma(beta x), with beta learnable (beta = 1 is SiLU).
 */
public class Swish implements ParametricActivation {

    /**
     * y_i = x_i sigma(beta x_i).
     *
     * @param x the input (not modified)
     * @param a beta
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x, double a) {
        throw new NotImplementedYet("act.swish");
    }

    /**
     * dx_i = (sigma(beta x_i) + beta x_i sigma'(beta x_i)) dy_i with sigma'(u) = sigma(u)(1 -
     * sigma(u)); dA = sum_i x_i^2 sigma'(beta x_i) dy_i, summed over the elements because the
     * parameter is shared.
     *
     * @param x the input (not modified)
     * @param a beta
     * @param dy dL/dy (not modified)
     * @return dx and dA
     */
    @Override
    public ParametricGradients backward(double[] x, double a, double[] dy) {
        throw new NotImplementedYet("act.swish");
    }
}
