package nngrade.reference.optimizers;

import java.util.function.UnaryOperator;
import nngrade.problems.optimizers.LookaheadOptimizer;
import nngrade.reference.Shapes;

/**
 * optim.nesterov, Nesterov momentum in its lookahead form: v = mu v - eps grad(x + mu v);
 * x += v. The gradient is taken where the momentum step alone would land (the "lookahead"
 * point), which corrects the velocity before it overshoots.
 */
public class Nesterov implements LookaheadOptimizer {

    private final double eps;
    private final double mu;
    private double[] v;

    /**
     * @param eps the step size (the notes' eps = (1 - mu) lr)
     * @param mu  the momentum, in [0, 1)
     */
    public Nesterov(double eps, double mu) {
        this.eps = eps;
        this.mu = mu;
    }

    /**
     * @param params   x, updated in place
     * @param gradient the gradient as a function; called once, at x + mu v
     * @throws IllegalArgumentException on a length differing from the first step's or from the
     *     gradient's; params is then unchanged
     */
    @Override
    public void step(double[] params, UnaryOperator<double[]> gradient) {
        if (v == null) {
            v = new double[params.length];
        }
        Shapes.requireLength(params, v.length, "params (the length of the first step)");
        double[] g = gradient.apply(lookahead(params));
        Shapes.requireLength(g, params.length, "the gradient");
        for (int i = 0; i < params.length; i++) {
            v[i] = mu * v[i] - eps * g[i];
            params[i] += v[i];
        }
    }

    /** @return x + mu v, a new array (x not modified) */
    private double[] lookahead(double[] x) {
        double[] ahead = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            ahead[i] = x[i] + mu * v[i];
        }
        return ahead;
    }
}
