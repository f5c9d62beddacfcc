package nngrade.student.activations;

import nngrade.problems.activations.Activation;

/**
 * act.selu, as torch.nn.SELU: lambda ELU(x, alpha) with lambda = 1.0507009873554804934193349852946
 * and alpha = 1.6732632423543772848170429916717.
 */
public class Selu implements Activation {

    private static final double LAMBDA = 1.0507009873554804934193349852946;
    private static final double ALPHA = 1.6732632423543772848170429916717;

    /**
     * y_i = lambda x_i if x_i &gt; 0 else lambda alpha (e^x_i - 1).
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double elu = x[i] > 0 ? x[i] : ALPHA * Math.expm1(x[i]);
            y[i] = LAMBDA * elu;
        }
        return y;
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
        if (dy.length != x.length) {
            throw new IllegalArgumentException("dy has length " + dy.length + " but x has " + x.length);
        }
        double[] dx = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double eluSlope = x[i] > 0 ? 1.0 : ALPHA * Math.exp(x[i]);
            dx[i] = LAMBDA * eluSlope * dy[i];
        }
        return dx;
    }
}
