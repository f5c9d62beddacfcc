package nngrade.reference.optimizers;

/**
 * optim.momentum_ema, the notes' alternative momentum form: m = mu m + (1 - mu) g; x -= lr m.
 * m is an exponential moving average of the gradients; by induction m = -dx/lr of the Sutskever
 * form, so both give the same trajectory.
 */
public class MomentumEma extends StatefulOptimizer {

    private final double lr;
    private final double mu;
    private double[] m;

    /**
     * @param lr the learning rate
     * @param mu the momentum, in [0, 1); 0 is plain SGD
     */
    public MomentumEma(double lr, double mu) {
        this.lr = lr;
        this.mu = mu;
    }

    @Override
    protected void allocate(int n) {
        m = new double[n];
    }

    @Override
    protected void update(double[] x, double[] g) {
        for (int i = 0; i < x.length; i++) {
            m[i] = mu * m[i] + (1 - mu) * g[i];
            x[i] -= lr * m[i];
        }
    }
}
