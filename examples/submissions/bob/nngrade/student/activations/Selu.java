package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.activations.Activation;

/**
 * act.selu, as torch.nn.SELU: lambda ELU(x, alpha) with lambda = 1.0507009873554804934193349852946
 * and alpha = 1.6732632423543772848170429916717.
 */
public class Selu implements Activation {

    /**
     * y_i = lambda x_i if x_i &gt; 0 else lambda alpha (e^x_i - 1).
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        throw new NotImplementedYet("act.selu");
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = lambda for x &gt; 0, lambda alpha e^x for x &lt;= 0.
     *
     * @param x the input (not modified)
     * @param dy dL/dy (not modified)
     * @return a new array dx
     */
    @Override
    public double[] backward(double[] x, double[] dy) {
        throw new NotImplementedYet("act.selu");
    }
}
