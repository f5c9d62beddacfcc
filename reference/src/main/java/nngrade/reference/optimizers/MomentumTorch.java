package nngrade.reference.optimizers;

/**
 * optim.momentum_torch, torch.optim.SGD(lr, momentum=mu, dampening=0): m = mu m + g; x -= lr m.
 * The buffer is a plain (undamped) sum, 1/(1 - mu) times the EMA form's, so the same lr is
 * effectively 1/(1 - mu) times larger (the notes' remark on PyTorch).
 */
public class MomentumTorch extends StatefulOptimizer {

    private final double lr;
    private final double mu;
    private double[] buffer;

    /**
     * @param lr the learning rate
     * @param mu the momentum, in [0, 1); 0 is plain SGD
     */
    public MomentumTorch(double lr, double mu) {
        this.lr = lr;
        this.mu = mu;
    }

    @Override
    protected void allocate(int n) {
        buffer = new double[n];
    }

    @Override
    protected void update(double[] x, double[] g) {
        for (int i = 0; i < x.length; i++) {
            buffer[i] = buffer[i] * mu + g[i]; // buf.mul_(momentum).add_(d_p); the first step gives g
            x[i] += -lr * buffer[i];
        }
    }
}
