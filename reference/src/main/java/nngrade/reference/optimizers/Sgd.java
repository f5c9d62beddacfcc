package nngrade.reference.optimizers;

import nngrade.problems.optimizers.Optimizer;
import nngrade.reference.Shapes;

/** optim.sgd, torch.optim.SGD(lr): x -= lr g. No state, so any length at any step. */
public class Sgd implements Optimizer {

    private final double lr;

    /** @param lr the learning rate */
    public Sgd(double lr) {
        this.lr = lr;
    }

    /**
     * @param params x, updated in place
     * @param grad   g, same length; not modified
     */
    @Override
    public void step(double[] params, double[] grad) {
        Shapes.requireSameLength(params, grad, "params and grad");
        for (int i = 0; i < params.length; i++) {
            params[i] += -lr * grad[i]; // torch: param.add_(grad, alpha=-lr)
        }
    }
}
