package nngrade.reference.optimizers;

/**
 * optim.adam, torch.optim.Adam(lr, betas=(beta1, beta2), eps) (Kingma and Ba): at step t,
 * <pre>
 *   m = b1 m + (1 - b1) g            momentum
 *   v = b2 v + (1 - b2) g^2          RMSProp-like second moment
 *   m^ = m/(1 - b1^t), v^ = v/(1 - b2^t)   bias correction: m and v start at 0
 *   x -= lr m^/(sqrt(v^) + eps)
 * </pre>
 * in torch's order of operations: denominator sqrt(v)/sqrt(1 - b2^t) + eps, step size
 * lr/(1 - b1^t). Thanks to the bias correction the first step is lr g/(|g| + eps): about lr on
 * every coordinate, whatever the gradient's scale.
 */
public class Adam extends StatefulOptimizer {

    private final double lr;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private double[] m;
    private double[] v;
    private int t;

    /**
     * @param lr    the learning rate
     * @param beta1 the decay of the first moment
     * @param beta2 the decay of the second moment
     * @param eps   added to sqrt(v^), outside the square root
     */
    public Adam(double lr, double beta1, double beta2, double eps) {
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
    }

    @Override
    protected void allocate(int n) {
        m = new double[n];
        v = new double[n];
    }

    @Override
    protected void update(double[] x, double[] g) {
        t++;
        double stepSize = lr / (1 - Math.pow(beta1, t));
        double correction2Sqrt = Math.sqrt(1 - Math.pow(beta2, t));
        for (int i = 0; i < x.length; i++) {
            m[i] = m[i] * beta1 + (1 - beta1) * g[i];
            v[i] = v[i] * beta2 + (1 - beta2) * g[i] * g[i];
            double denominator = Math.sqrt(secondMoment(i, v[i])) / correction2Sqrt + eps;
            x[i] += -stepSize * (m[i] / denominator);
        }
    }

    /**
     * @param i the coordinate
     * @param v its (uncorrected) second moment after this step's update
     * @return the second moment the denominator uses: v itself for Adam
     */
    protected double secondMoment(int i, double v) {
        return v;
    }
}
