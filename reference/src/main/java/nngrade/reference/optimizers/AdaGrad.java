package nngrade.reference.optimizers;

/**
 * optim.adagrad, torch.optim.Adagrad(lr, lr_decay=0, initial_accumulator_value=0, eps):
 * G += g^2; x -= lr g/(sqrt(G) + eps), elementwise. Directions already explored a lot (large
 * accumulated squared gradient) get smaller steps; with a constant gradient the step shrinks like
 * lr/sqrt(t).
 */
public class AdaGrad extends StatefulOptimizer {

    private final double lr;
    private final double eps;
    private double[] sumOfSquares;

    /**
     * @param lr  the learning rate
     * @param eps added to sqrt(G), outside the square root
     */
    public AdaGrad(double lr, double eps) {
        this.lr = lr;
        this.eps = eps;
    }

    @Override
    protected void allocate(int n) {
        sumOfSquares = new double[n];
    }

    @Override
    protected void update(double[] x, double[] g) {
        for (int i = 0; i < x.length; i++) {
            sumOfSquares[i] += g[i] * g[i];
            double std = Math.sqrt(sumOfSquares[i]) + eps;
            x[i] += -lr * (g[i] / std); // param.addcdiv_(grad, std, value=-clr)
        }
    }
}
