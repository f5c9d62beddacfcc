package nngrade.checks.normalization;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The standardization of one vector v of n doubles, computed from the exact values of the doubles
 * (BigDecimal) and not in floating point: with S = sum_k v_k exact,
 * <pre>
 *   mean = S / n,   var = (1/n) sum_k (v_k - S/n)^2 = sum_k (n v_k - S)^2 / n^3   (biased),
 *   xhat_k = (n v_k - S) / (n sqrt(var + eps))
 * </pre>
 * The sums and products are exact; only the final division and square root round, to the 34
 * digits of {@link MathContext#DECIMAL128}. So nothing cancels, whatever the offset of v: these are
 * the expected values of the large-mean checks, computed independently of any variance formula a
 * submission might use.
 */
final class ExactStandardization {

    private static final MathContext DIGITS = MathContext.DECIMAL128;

    private final BigDecimal n;
    private final BigDecimal[] scaledDeviations;
    private final BigDecimal sum;
    private final BigDecimal variance;

    /** @param v the vector, n &gt;= 1 finite values (not modified) */
    ExactStandardization(double[] v) {
        n = BigDecimal.valueOf(v.length);
        BigDecimal s = BigDecimal.ZERO;
        for (double e : v) {
            s = s.add(new BigDecimal(e));
        }
        sum = s;
        scaledDeviations = new BigDecimal[v.length];
        BigDecimal squares = BigDecimal.ZERO;
        for (int k = 0; k < v.length; k++) {
            scaledDeviations[k] = n.multiply(new BigDecimal(v[k])).subtract(sum); // n (v_k - mean), exact
            squares = squares.add(scaledDeviations[k].multiply(scaledDeviations[k]));
        }
        variance = squares.divide(n.pow(3), DIGITS);
    }

    /** @return the mean S/n, rounded once to a double */
    double mean() {
        return sum.divide(n, DIGITS).doubleValue();
    }

    /** @return the biased variance (1/n) sum_k (v_k - mean)^2, rounded once to a double */
    double variance() {
        return variance.doubleValue();
    }

    /** @return the unbiased variance n/(n - 1) var, rounded once to a double */
    double unbiasedVariance() {
        return variance.multiply(n).divide(n.subtract(BigDecimal.ONE), DIGITS).doubleValue();
    }

    /** @return xhat_k = (v_k - mean)/sqrt(var + eps) for every k, each rounded once to a double */
    double[] xhat(double eps) {
        BigDecimal denominator = n.multiply(variance.add(new BigDecimal(eps)).sqrt(DIGITS));
        double[] x = new double[scaledDeviations.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = scaledDeviations[k].divide(denominator, DIGITS).doubleValue();
        }
        return x;
    }
}
