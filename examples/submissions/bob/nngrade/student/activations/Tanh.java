package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.activations.Activation;

/**
 * act.tanh: tanh(x) = (e^x - e^-x)/(e^x + e^-x).
 */
public class Tanh implements Activation {

    /**
     * y_i = tanh(x_i); no NaN at x = +-1000.
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        throw new NotImplementedYet("act.tanh");
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = 1 - tanh^2(x).
     *
     * @param x the input (not modified)
     * @param dy dL/dy (not modified)
     * @return a new array dx
     */
    @Override
    public double[] backward(double[] x, double[] dy) {
        throw new NotImplementedYet("act.tanh");
    }
}
