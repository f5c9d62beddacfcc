package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.activations.Activation;

/**
 * act.gelu, exact: x Phi(x), Phi the standard normal distribution function
 * (torch.nn.GELU(approximate='none')). Use nngrade.problems.StandardNormal for Phi and phi.
 */
public class Gelu implements Activation {

    /**
     * y_i = x_i Phi(x_i).
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        throw new NotImplementedYet("act.gelu");
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = Phi(x) + x phi(x).
     *
     * @param x the input (not modified)
     * @param dy dL/dy (not modified)
     * @return a new array dx
     */
    @Override
    public double[] backward(double[] x, double[] dy) {
        throw new NotImplementedYet("act.gelu");
    }
}
