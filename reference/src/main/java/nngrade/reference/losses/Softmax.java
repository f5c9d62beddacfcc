package nngrade.reference.losses;

import nngrade.problems.backprop.VectorFunction;
import nngrade.reference.Shapes;

/**
 * op.softmax: s_l = exp(o_l) / sum_k exp(o_k).
 *
 * <p>Softmax is unchanged by adding a constant to every o_k, so the forward pass subtracts
 * m = max_k o_k first: every exponent is then at most 0, nothing overflows at o = 1000, and the
 * largest term is exactly 1, so the sum is at least 1 and never underflows to 0.
 *
 * <p>Backward: the Jacobian is ds_i/do_j = s_i (delta_ij - s_j), so the vector-Jacobian product
 * is dx_j = sum_i dy_i s_i (delta_ij - s_j) = s_j (dy_j - sum_i dy_i s_i), computed in O(n)
 * without forming the matrix.
 */
public class Softmax implements VectorFunction {

    /**
     * @param o the logits (not modified)
     * @return s = softmax(o), a new array summing to 1
     */
    @Override
    public double[] forward(double[] o) {
        double m = max(o);
        double[] s = new double[o.length];
        double sum = 0;
        for (int k = 0; k < o.length; k++) {
            s[k] = Math.exp(o[k] - m);
            sum += s[k];
        }
        for (int k = 0; k < o.length; k++) {
            s[k] /= sum;
        }
        return s;
    }

    /**
     * @param o  the logits (not modified)
     * @param dy dL/ds (not modified)
     * @return dL/do with dL/do_j = s_j (dy_j - sum_i dy_i s_i)
     */
    @Override
    public double[] backward(double[] o, double[] dy) {
        Shapes.requireSameLength(o, dy, "o and dy");
        double[] s = forward(o);
        double weighted = 0; // sum_i dy_i s_i
        for (int i = 0; i < s.length; i++) {
            weighted += dy[i] * s[i];
        }
        double[] dx = new double[s.length];
        for (int j = 0; j < s.length; j++) {
            dx[j] = s[j] * (dy[j] - weighted);
        }
        return dx;
    }

    /**
     * log s_l = o_l - log sum_k exp(o_k) = (o_l - m) - log sum_k exp(o_k - m), the log-sum-exp
     * trick: finite even where s_l itself underflows to 0 (o = (1000, -1000) gives log s_2 =
     * -2000, not log 0).
     *
     * @param o the logits (not modified)
     * @return log softmax(o), a new array
     */
    public double[] logSoftmax(double[] o) {
        double m = max(o);
        double sum = 0;
        for (double ok : o) {
            sum += Math.exp(ok - m);
        }
        double logSum = Math.log(sum);
        double[] logS = new double[o.length];
        for (int l = 0; l < o.length; l++) {
            logS[l] = (o[l] - m) - logSum;
        }
        return logS;
    }

    private static double max(double[] o) {
        double m = Double.NEGATIVE_INFINITY;
        for (double ok : o) {
            m = Math.max(m, ok);
        }
        return m;
    }
}
