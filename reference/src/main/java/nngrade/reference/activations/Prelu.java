package nngrade.reference.activations;

import nngrade.problems.activations.ParametricActivation;
import nngrade.problems.activations.ParametricGradients;
import nngrade.reference.Shapes;

/**
 * act.prelu, the parametric ReLU (torch.nn.PReLU with one shared parameter):
 * y_i = x_i if x_i &gt;= 0 else alpha x_i, with alpha learned.
 *
 * <p>Gradients: dx_i = dy_i for x_i &gt; 0 and alpha dy_i otherwise (alpha at the kink x = 0, as
 * PyTorch does); since alpha is shared by every element, dL/dalpha sums its per-element
 * contributions: dAlpha = sum over x_i &lt; 0 of x_i dy_i.
 */
public class Prelu implements ParametricActivation {

    /**
     * @param x     the input (not modified)
     * @param alpha the slope for negative inputs
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x, double alpha) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] >= 0 ? x[i] : alpha * x[i];
        }
        return y;
    }

    /**
     * @param x     the input (not modified)
     * @param alpha the slope for negative inputs
     * @param dy    dL/dy (not modified)
     * @return dx and dAlpha = sum over x_i &lt; 0 of x_i dy_i
     */
    @Override
    public ParametricGradients backward(double[] x, double alpha, double[] dy) {
        Shapes.requireSameLength(x, dy, "x and dy");
        double[] dx = new double[x.length];
        double dAlpha = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                dx[i] = dy[i];
            } else {
                dx[i] = alpha * dy[i];
                dAlpha += x[i] * dy[i]; // dy/dalpha = x on the negative side (0 at x = 0)
            }
        }
        return new ParametricGradients(dx, dAlpha);
    }
}
