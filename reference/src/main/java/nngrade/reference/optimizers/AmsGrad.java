package nngrade.reference.optimizers;

/**
 * optim.amsgrad, torch.optim.Adam(..., amsgrad=True) (Reddi et al.): Adam whose denominator uses
 * the running maximum of the uncorrected second moment, v_max = max(v_max, v), so the effective
 * per-coordinate step lr/sqrt(v_max) can never grow back after a burst of large gradients. That
 * is what keeps Adam from the pathological cases where a rare large gradient is forgotten too fast.
 */
public class AmsGrad extends Adam {

    private double[] maxSecondMoment;

    /**
     * @param lr    the learning rate
     * @param beta1 the decay of the first moment
     * @param beta2 the decay of the second moment
     * @param eps   added outside the square root
     */
    public AmsGrad(double lr, double beta1, double beta2, double eps) {
        super(lr, beta1, beta2, eps);
    }

    @Override
    protected void allocate(int n) {
        super.allocate(n);
        maxSecondMoment = new double[n];
    }

    /** @return v_max = max(v_max, v), kept */
    @Override
    protected double secondMoment(int i, double v) {
        maxSecondMoment[i] = Math.max(maxSecondMoment[i], v);
        return maxSecondMoment[i];
    }
}
