package nngrade.student.losses;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.backprop.VectorFunction;

/**
 * op.softmax: s_l = exp(o_l) / sum_k exp(o_k).
 */
public class Softmax implements VectorFunction {

    /**
     * Subtract max_k o_k from every logit first (softmax does not change), so that nothing
     * overflows at o = 1000.
     *
     * @param o the logits (not modified)
     * @return s, a new array summing to 1
     */
    @Override
    public double[] forward(double[] o) {
        throw new NotImplementedYet("op.softmax");
    }

    /**
     * The Jacobian is ds_i/do_j = s_i (delta_ij - s_j); return the vector-Jacobian product dx_j =
     * sum_i dy_i ds_i/do_j = s_j (dy_j - sum_i dy_i s_i).
     *
     * @param o the logits (not modified)
     * @param dy dL/ds (not modified)
     * @return dL/do
     */
    @Override
    public double[] backward(double[] o, double[] dy) {
        throw new NotImplementedYet("op.softmax");
    }
}
