package nngrade.student.losses;

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
        int n = o.length;
        double[] s = new double[n];
        if (n == 0) {
            return s;
        }
        // shift by the largest logit: every exponent is <= 0 and the largest term is exactly 1
        double top = o[0];
        for (int k = 1; k < n; k++) {
            if (o[k] > top) {
                top = o[k];
            }
        }
        double z = 0.0;
        for (int k = 0; k < n; k++) {
            s[k] = Math.exp(o[k] - top);
            z += s[k];
        }
        double inv = 1.0 / z;
        for (int k = 0; k < n; k++) {
            s[k] *= inv;
        }
        return s;
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
        if (dy.length != o.length) {
            throw new IllegalArgumentException("dy has length " + dy.length + " but o has " + o.length);
        }
        double[] s = forward(o);
        // <dy, s> is the part of the upstream gradient every output shares
        double shared = 0.0;
        for (int i = 0; i < s.length; i++) {
            shared += dy[i] * s[i];
        }
        double[] dx = new double[s.length];
        for (int j = 0; j < s.length; j++) {
            dx[j] = s[j] * (dy[j] - shared);
        }
        return dx;
    }
}
