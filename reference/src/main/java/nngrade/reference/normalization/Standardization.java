package nngrade.reference.normalization;

/**
 * Standardizing one vector v of length n, the step batch norm applies to each feature (a column
 * of the batch) and layer norm to each example (a row):
 * <pre>
 *   mean = (1/n) sum_k v_k,  var = (1/n) sum_k (v_k - mean)^2  (biased),
 *   xhat_k = (v_k - mean) / sqrt(var + eps)
 * </pre>
 * and its backward pass: given g = dL/dxhat,
 * dv_k = (g_k - mean(g) - xhat_k mean(g xhat)) / sqrt(var + eps), the Ioffe-Szegedy formula with
 * the gradients through the mean and through the variance collected.
 */
final class Standardization {

    private final double variance;
    private final double inverseStd;
    private final double[] xhat;

    private Standardization(double variance, double inverseStd, double[] xhat) {
        this.variance = variance;
        this.inverseStd = inverseStd;
        this.xhat = xhat;
    }

    /**
     * @param v   the vector, length n &gt;= 1 (not modified)
     * @param eps added to the variance
     */
    static Standardization of(double[] v, double eps) {
        double mean = mean(v);
        double var = 0;
        for (double e : v) {
            var += (e - mean) * (e - mean); // two passes: deviations first, nothing cancels
        }
        var /= v.length;
        double inverseStd = 1 / Math.sqrt(var + eps);
        double[] xhat = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            xhat[k] = (v[k] - mean) * inverseStd;
        }
        return new Standardization(var, inverseStd, xhat);
    }

    /** @return the biased variance (1/n) sum_k (v_k - mean)^2 */
    double variance() {
        return variance;
    }

    /** @return xhat_k (the caller may not modify it) */
    double xhat(int k) {
        return xhat[k];
    }

    /**
     * @param g dL/dxhat, length n (not modified)
     * @return dL/dv_k = (g_k - mean(g) - xhat_k mean(g xhat)) / sqrt(var + eps)
     */
    double[] backward(double[] g) {
        double meanG = mean(g);
        double meanGx = 0;
        for (int k = 0; k < g.length; k++) {
            meanGx += g[k] * xhat[k];
        }
        meanGx /= g.length;
        double[] dv = new double[g.length];
        for (int k = 0; k < g.length; k++) {
            dv[k] = (g[k] - meanG - xhat[k] * meanGx) * inverseStd;
        }
        return dv;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double e : v) {
            s += e;
        }
        return s / v.length;
    }
}
