package nngrade.reference.losses;

import nngrade.problems.losses.Loss;
import nngrade.reference.Shapes;

/**
 * loss.l2: L = ||q - t||^2 = sum_i (q_i - t_i)^2 (no factor 1/2, as in the notes' example where
 * q = (0.22, 0.26), t = 0 gives L = 0.116). Gradient dL/dq = 2 (q - t).
 */
public class L2Loss implements Loss {

    /**
     * @param q the prediction (not modified)
     * @param t the target (not modified)
     * @return sum_i (q_i - t_i)^2
     */
    @Override
    public double value(double[] q, double[] t) {
        Shapes.requireSameLength(q, t, "prediction and target");
        double loss = 0;
        for (int i = 0; i < q.length; i++) {
            double r = q[i] - t[i];
            loss += r * r;
        }
        return loss;
    }

    /**
     * @param q the prediction (not modified)
     * @param t the target (not modified)
     * @return 2 (q - t)
     */
    @Override
    public double[] gradient(double[] q, double[] t) {
        Shapes.requireSameLength(q, t, "prediction and target");
        double[] grad = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            grad[i] = 2 * (q[i] - t[i]);
        }
        return grad;
    }
}
