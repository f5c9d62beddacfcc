package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.activations.Activation;

/**
 * act.celu, as torch.nn.CELU(alpha): max(0, x) + min(0, alpha (e^(x/alpha) - 1)).
 */
public class Celu implements Activation {

    private final double alpha;

    /**
     * @param alpha the scale, alpha &gt; 0
     */
    public Celu(double alpha) {
        this.alpha = alpha;
    }

    /**
     * y_i = max(0, x_i) + min(0, alpha (e^(x_i/alpha) - 1)) (use expm1).
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        throw new NotImplementedYet("act.celu");
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = 1 for x &gt; 0, e^(x/alpha) for x &lt;= 0.
     *
     * @param x the input (not modified)
     * @param dy dL/dy (not modified)
     * @return a new array dx
     */
    @Override
    public double[] backward(double[] x, double[] dy) {
        throw new NotImplementedYet("act.celu");
    }
}
