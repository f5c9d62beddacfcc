package nngrade.reference.activations;

import nngrade.problems.activations.ParametricActivation;
import nngrade.problems.activations.ParametricGradients;
import nngrade.reference.Shapes;

/**
 * act.swish: x sigma(beta x), with beta learnable (Ramachandran et al.). beta = 1 is SiLU;
 * as beta grows it tends to ReLU, at beta = 0 it is x/2.
 *
 * <p>Gradients, with u = beta x and sigma'(u) = sigma(u)(1 - sigma(u)):
 * df/dx = sigma(u) + beta x sigma'(u) and df/dbeta = x^2 sigma'(u); dBeta is summed over the
 * elements because beta is shared. sigma and sigma' come from {@link Sigmoid}, which neither
 * overflows nor cancels at |u| = 1000.
 */
public class Swish implements ParametricActivation {

    /**
     * @param x    the input (not modified)
     * @param beta the slope inside the sigmoid
     * @return a new array y with y_i = x_i sigma(beta x_i)
     */
    @Override
    public double[] forward(double[] x, double beta) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = value(x[i], beta);
        }
        return y;
    }

    /**
     * @param x    the input (not modified)
     * @param beta the slope inside the sigmoid
     * @param dy   dL/dy (not modified)
     * @return dx_i = f'(x_i) dy_i and dBeta = sum_i x_i^2 sigma'(beta x_i) dy_i
     */
    @Override
    public ParametricGradients backward(double[] x, double beta, double[] dy) {
        Shapes.requireSameLength(x, dy, "x and dy");
        double[] dx = new double[x.length];
        double dBeta = 0;
        for (int i = 0; i < x.length; i++) {
            dx[i] = derivative(x[i], beta) * dy[i];
            dBeta += derivativeBeta(x[i], beta) * dy[i];
        }
        return new ParametricGradients(dx, dBeta);
    }

    /** @return x sigma(beta x) */
    public double value(double x, double beta) {
        return x * Sigmoid.logistic(beta * x);
    }

    /** @return d/dx [x sigma(beta x)] = sigma(beta x) + beta x sigma'(beta x) */
    public double derivative(double x, double beta) {
        double u = beta * x;
        return Sigmoid.logistic(u) + u * Sigmoid.logisticDerivative(u);
    }

    /** @return d/dbeta [x sigma(beta x)] = x^2 sigma'(beta x) */
    public double derivativeBeta(double x, double beta) {
        return x * x * Sigmoid.logisticDerivative(beta * x);
    }
}
