package nngrade.checks.optimizers;

import java.util.Arrays;

/**
 * The quadratic loss f(x) = x^T A x / 2 + b^T x with A symmetric, whose gradient A x + b depends
 * on where it is taken: the setting of Nesterov's lookahead and of the convergence races.
 *
 * @param a the symmetric matrix A
 * @param b the linear term
 */
record Quadratic(double[][] a, double[] b) implements GradientField {

    /** @return the diagonal quadratic sum_i lambda_i (x_i - c_i)^2/2, up to a constant */
    static Quadratic diagonal(double[] lambda, double[] center) {
        int n = lambda.length;
        double[][] a = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i][i] = lambda[i];
            b[i] = -lambda[i] * center[i];
        }
        return new Quadratic(a, b);
    }

    @Override
    public double[] at(int t, double[] point) {
        return gradient(point);
    }

    /** @return A x + b, a new array */
    double[] gradient(double[] x) {
        double[] g = b.clone();
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < x.length; j++) {
                g[i] += a[i][j] * x[j];
            }
        }
        return g;
    }

    /** @return f(x) = x^T A x / 2 + b^T x */
    double value(double[] x) {
        double[] ax = new double[x.length];
        double f = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                ax[i] += a[i][j] * x[j];
            }
            f += x[i] * ax[i] / 2 + b[i] * x[i];
        }
        return f;
    }

    @Override
    public String toString() {
        return "gradient A x + b with A=" + Arrays.deepToString(a) + ", b=" + Arrays.toString(b);
    }
}
