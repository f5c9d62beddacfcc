package nngrade.reference.optimizers;

import nngrade.problems.optimizers.Optimizer;
import nngrade.reference.Shapes;

/**
 * The bookkeeping every optimizer with per-coordinate state shares: the lengths are checked
 * before anything changes, the state is sized by the first step, and later steps must keep that
 * length. Subclasses hold their state in instance fields, never static ones.
 */
public abstract class StatefulOptimizer implements Optimizer {

    private int length = -1;

    /**
     * @param params x, updated in place
     * @param grad   g, same length; not modified
     * @throws IllegalArgumentException if the lengths differ, or differ from the first step's
     */
    @Override
    public final void step(double[] params, double[] grad) {
        Shapes.requireSameLength(params, grad, "params and grad");
        if (length < 0) {
            length = params.length;
            allocate(length);
        } else {
            Shapes.requireLength(params, length, "params (the length of the first step)");
        }
        update(params, grad);
    }

    /** Creates the state, zero, for n coordinates; called once, before the first update. */
    protected abstract void allocate(int n);

    /**
     * One step on arrays of the checked length.
     *
     * @param x the parameters, updated in place
     * @param g the gradient; not modified
     */
    protected abstract void update(double[] x, double[] g);
}
