package nngrade.reference.optimizers;

/**
 * optim.nesterov_shifted, the notes' rewritten Nesterov update on x~ = x + mu v, which needs the
 * gradient only at the current parameters x~:
 * v_prev = v; v = mu v - eps grad(x~); x~ += v + mu (v - v_prev).
 *
 * <p>Derivation (the notes): x~_t = x_t + mu v_t = x_{t-1} + v_t + mu v_t
 * = x~_{t-1} - mu v_{t-1} + v_t + mu v_t. This is torch.optim.SGD(lr=eps, momentum=mu,
 * nesterov=True), whose buffer b = -v/eps.
 */
public class NesterovShifted extends StatefulOptimizer {

    private final double eps;
    private final double mu;
    private double[] v;

    /**
     * @param eps the step size
     * @param mu  the momentum, in [0, 1)
     */
    public NesterovShifted(double eps, double mu) {
        this.eps = eps;
        this.mu = mu;
    }

    @Override
    protected void allocate(int n) {
        v = new double[n];
    }

    @Override
    protected void update(double[] x, double[] g) {
        for (int i = 0; i < x.length; i++) {
            double previous = v[i];
            v[i] = mu * v[i] - eps * g[i];
            x[i] += v[i] + mu * (v[i] - previous);
        }
    }
}
