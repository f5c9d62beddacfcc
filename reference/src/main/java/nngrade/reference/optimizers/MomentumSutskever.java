package nngrade.reference.optimizers;

/**
 * optim.momentum_sutskever, the notes' first momentum form (Sutskever et al.):
 * dx = mu dx - lr (1 - mu) g; x += dx. The velocity dx is a running sum of past gradients, so it
 * builds up along shallow directions and is damped where the gradient keeps changing sign.
 */
public class MomentumSutskever extends StatefulOptimizer {

    private final double lr;
    private final double mu;
    private double[] dx;

    /**
     * @param lr the learning rate
     * @param mu the momentum, in [0, 1); 0 is plain SGD
     */
    public MomentumSutskever(double lr, double mu) {
        this.lr = lr;
        this.mu = mu;
    }

    @Override
    protected void allocate(int n) {
        dx = new double[n];
    }

    @Override
    protected void update(double[] x, double[] g) {
        for (int i = 0; i < x.length; i++) {
            dx[i] = mu * dx[i] - lr * (1 - mu) * g[i];
            x[i] += dx[i];
        }
    }
}
