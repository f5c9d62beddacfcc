package nngrade.reference.backprop;

import nngrade.problems.backprop.BinaryGate;
import nngrade.problems.backprop.BinaryGradient;

/**
 * gate.max: z = max(x, y). The gradient router: the larger input receives the whole upstream
 * gradient, the other none.
 *
 * <p>Tie rule: at x = y the max is not differentiable and any split (a dz, (1 - a) dz) with a in
 * [0, 1] is a valid subgradient. This gate splits evenly, a = 1/2, as torch.maximum does, so
 * that swapping the inputs does not change the answer.
 */
public class MaxGate implements BinaryGate {

    /** @return max(x, y) */
    @Override
    public double forward(double x, double y) {
        return Math.max(x, y);
    }

    /** @return (dz, 0) if x &gt; y, (0, dz) if x &lt; y, (dz/2, dz/2) at a tie */
    @Override
    public BinaryGradient backward(double x, double y, double dz) {
        if (x > y) {
            return new BinaryGradient(dz, 0);
        }
        if (x < y) {
            return new BinaryGradient(0, dz);
        }
        return new BinaryGradient(dz / 2, dz / 2);
    }
}
