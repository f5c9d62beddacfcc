package nngrade.reference.activations;

import nngrade.problems.activations.Activation;
import nngrade.reference.Shapes;

/**
 * An activation applied to each element on its own: y_i = f(x_i) and, by the chain rule,
 * dx_i = f'(x_i) dy_i. A subclass states f and f' for one number; this class does the loops.
 */
public abstract class ElementwiseActivation implements Activation {

    /**
     * @param x one input
     * @return f(x)
     */
    public abstract double value(double x);

    /**
     * @param x one input
     * @return f'(x); at a kink, one value between the left and right derivatives (each subclass
     *     documents which)
     */
    public abstract double derivative(double x);

    /**
     * @param x the input (not modified)
     * @return a new array y with y_i = f(x_i)
     */
    @Override
    public double[] forward(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = value(x[i]);
        }
        return y;
    }

    /**
     * @param x  the input (not modified)
     * @param dy dL/dy (not modified)
     * @return a new array dx with dx_i = f'(x_i) dy_i
     */
    @Override
    public double[] backward(double[] x, double[] dy) {
        Shapes.requireSameLength(x, dy, "x and dy");
        double[] dx = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            dx[i] = derivative(x[i]) * dy[i];
        }
        return dx;
    }
}
