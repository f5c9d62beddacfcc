package nngrade.reference.optimizers;

/**
 * optim.adamw, torch.optim.AdamW(lr, betas, eps, weight_decay) (Loshchilov and Hutter):
 * decoupled weight decay, x -= lr wd x, then the {@link Adam} step with the gradient as given.
 *
 * <p>Adam with an L2 penalty would add wd x to g instead, and the decay would then be divided by
 * the adaptive denominator sqrt(v^) + eps: coordinates with large gradients would hardly be
 * decayed. The notes: "L2 regularization and weight decay are the same in plain SGD, but not the
 * same in Adam; AdamW implements weight decay for Adam, essentially just an extra step".
 */
public class AdamW extends Adam {

    private final double lr;
    private final double weightDecay;

    /**
     * @param lr          the learning rate
     * @param beta1       the decay of the first moment
     * @param beta2       the decay of the second moment
     * @param eps         added outside the square root
     * @param weightDecay wd
     */
    public AdamW(double lr, double beta1, double beta2, double eps, double weightDecay) {
        super(lr, beta1, beta2, eps);
        this.lr = lr;
        this.weightDecay = weightDecay;
    }

    @Override
    protected void update(double[] x, double[] g) {
        double keep = 1 - lr * weightDecay; // torch: param.mul_(1 - lr * weight_decay), before the step
        for (int i = 0; i < x.length; i++) {
            x[i] *= keep;
        }
        super.update(x, g);
    }
}
