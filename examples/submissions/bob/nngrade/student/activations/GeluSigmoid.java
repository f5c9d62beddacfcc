package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.activations.Activation;

/**
 * act.gelu_sigmoid: the sigmoid approximation of GELU, x sigma(1.702 x).
 */
public class GeluSigmoid implements Activation {

    /**
     * y_i = x_i sigma(1.702 x_i).
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        throw new NotImplementedYet("act.gelu_sigmoid");
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = sigma(1.702 x) + 1.702 x sigma(1.702 x)(1 - sigma(1.702 x)).
     *
     * @param x the input (not modified)
     * @param dy dL/dy (not modified)
     * @return a new array dx
     */
    @Override
    public double[] backward(double[] x, double[] dy) {
        throw new NotImplementedYet("act.gelu_sigmoid");
    }
}
