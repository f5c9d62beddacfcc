package nngrade.checks.support;

/**
 * Expected values that the checks compute themselves, in forms that neither overflow nor cancel,
 * so that a check's own arithmetic is never the weak side of a comparison.
 */
public final class StableMath {

    private StableMath() {
    }

    /** @return sigma(x) = 1/(1 + e^-x), exponentiating only non-positive numbers */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /** @return sigma'(x) = sigma(x)(1 - sigma(x)) = sigma(x) sigma(-x), without the cancellation of 1 - sigma */
    public static double sigmoidDerivative(double x) {
        return sigmoid(x) * sigmoid(-x);
    }

    /** @return log(1 + e^x) = max(x, 0) + log1p(e^-|x|) */
    public static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /** @return log sum_k e^(o_k) = m + log sum_k e^(o_k - m), m = max_k o_k */
    public static double logSumExp(double[] o) {
        double m = max(o);
        double sum = 0;
        for (double v : o) {
            sum += Math.exp(v - m);
        }
        return m + Math.log(sum);
    }

    /** @return s_l = e^(o_l - m) / sum_k e^(o_k - m), m = max_k o_k */
    public static double[] softmax(double[] o) {
        double m = max(o);
        double[] s = new double[o.length];
        double sum = 0;
        for (int l = 0; l < o.length; l++) {
            s[l] = Math.exp(o[l] - m);
            sum += s[l];
        }
        for (int l = 0; l < o.length; l++) {
            s[l] /= sum;
        }
        return s;
    }

    /** @return the largest element; -infinity for an empty array */
    public static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    /** @return sum_i |v_i| */
    public static double sumAbs(double[] v) {
        double s = 0;
        for (double x : v) {
            s += Math.abs(x);
        }
        return s;
    }
}
