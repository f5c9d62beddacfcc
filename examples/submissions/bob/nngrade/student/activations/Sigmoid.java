package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.activations.Activation;

/**
 * act.sigmoid: sigma(x) = 1/(1 + e^-x).
 */
public class Sigmoid implements Activation {

    /**
     * y_i = 1/(1 + e^-x_i); no overflow at x = -1000 (for x &lt; 0 use e^x/(1 + e^x)).
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        throw new NotImplementedYet("act.sigmoid");
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = sigma(x)(1 - sigma(x)).
     *
     * @param x the input (not modified)
     * @param dy dL/dy (not modified)
     * @return a new array dx
     */
    @Override
    public double[] backward(double[] x, double[] dy) {
        throw new NotImplementedYet("act.sigmoid");
    }
}
