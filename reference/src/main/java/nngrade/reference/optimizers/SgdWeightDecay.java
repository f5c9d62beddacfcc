package nngrade.reference.optimizers;

import nngrade.problems.optimizers.Optimizer;
import nngrade.reference.Shapes;

/**
 * optim.weight_decay, torch.optim.SGD(lr, weight_decay=wd): the L2 penalty (wd/2)||x||^2 adds
 * wd x to the gradient, g' = g + wd x, then x -= lr g'. For plain SGD this is the same as
 * decoupled weight decay, x = (1 - lr wd) x - lr g (the notes: "L2 regularization and weight decay
 * are the same in plain SGD"), but not for Adam (see {@link AdamW}).
 */
public class SgdWeightDecay implements Optimizer {

    private final double lr;
    private final double weightDecay;

    /**
     * @param lr          the learning rate
     * @param weightDecay wd, the coefficient of the L2 penalty's gradient
     */
    public SgdWeightDecay(double lr, double weightDecay) {
        this.lr = lr;
        this.weightDecay = weightDecay;
    }

    /**
     * @param params x, updated in place
     * @param grad   g, same length; not modified
     */
    @Override
    public void step(double[] params, double[] grad) {
        Shapes.requireSameLength(params, grad, "params and grad");
        for (int i = 0; i < params.length; i++) {
            double penalized = grad[i] + weightDecay * params[i]; // d_p.add(param, alpha=wd)
            params[i] += -lr * penalized;
        }
    }
}
