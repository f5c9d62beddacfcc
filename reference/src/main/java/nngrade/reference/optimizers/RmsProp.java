package nngrade.reference.optimizers;

/**
 * optim.rmsprop, torch.optim.RMSprop(lr, alpha=rho, eps) (Tieleman and Hinton):
 * G = rho G + (1 - rho) g^2; x -= lr g/(sqrt(G) + eps), elementwise. Unlike AdaGrad the squared
 * gradients are averaged with exponentially decaying weights, so the steps do not shrink forever.
 */
public class RmsProp extends StatefulOptimizer {

    private final double lr;
    private final double rho;
    private final double eps;
    private double[] meanSquare;

    /**
     * @param lr  the learning rate
     * @param rho the decay of the running average of g^2, in [0, 1)
     * @param eps added to sqrt(G), outside the square root
     */
    public RmsProp(double lr, double rho, double eps) {
        this.lr = lr;
        this.rho = rho;
        this.eps = eps;
    }

    @Override
    protected void allocate(int n) {
        meanSquare = new double[n];
    }

    @Override
    protected void update(double[] x, double[] g) {
        for (int i = 0; i < x.length; i++) {
            meanSquare[i] = meanSquare[i] * rho + (1 - rho) * g[i] * g[i];
            double avg = Math.sqrt(meanSquare[i]) + eps;
            x[i] += -lr * (g[i] / avg);
        }
    }
}
