package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.activations.Activation;

/**
 * act.softplus, as torch.nn.Softplus(beta, threshold): (1/beta) log(1 + exp(beta x)), and x itself
 * where beta x &gt; threshold.
 */
public class Softplus implements Activation {

    private final double beta;
    private final double threshold;

    /**
     * @param beta the sharpness (torch default 1)
     * @param threshold above beta x &gt; threshold the function is x (torch default 20)
     */
    public Softplus(double beta, double threshold) {
        this.beta = beta;
        this.threshold = threshold;
    }

    /**
     * y_i = x_i if beta x_i &gt; threshold, else (1/beta) log(1 + exp(beta x_i)), without overflow.
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        throw new NotImplementedYet("act.softplus");
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = 1 if beta x &gt; threshold, else sigma(beta x).
     *
     * @param x the input (not modified)
     * @param dy dL/dy (not modified)
     * @return a new array dx
     */
    @Override
    public double[] backward(double[] x, double[] dy) {
        throw new NotImplementedYet("act.softplus");
    }
}
