package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.activations.Activation;

/**
 * act.silu: x sigma(x), swish with beta = 1 (torch.nn.SiLU).
 */
public class Silu implements Activation {

    /**
     * y_i = x_i sigma(x_i).
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        throw new NotImplementedYet("act.silu");
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = sigma(x) + x sigma(x)(1 - sigma(x)).
     *
     * @param x the input (not modified)
     * @param dy dL/dy (not modified)
     * @return a new array dx
     */
    @Override
    public double[] backward(double[] x, double[] dy) {
        throw new NotImplementedYet("act.silu");
    }
}
