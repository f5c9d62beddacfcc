package nngrade.checks.quasinewton;

import nngrade.problems.quasinewton.Objective;

/**
 * J(x) = sum_i (x_i^2 - 1)^2, whose second derivative 12 x_i^2 - 4 is negative for
 * |x_i| &lt; 1/sqrt 3: a short step there has q^T p &lt; 0, the case where the quasi-Newton
 * update must be skipped.
 */
final class DoubleWell implements Objective {

    @Override
    public double value(double[] x) {
        double s = 0;
        for (double xi : x) {
            s += (xi * xi - 1) * (xi * xi - 1);
        }
        return s;
    }

    /** dJ/dx_i = 4 x_i (x_i^2 - 1). */
    @Override
    public double[] gradient(double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            g[i] = 4 * x[i] * (x[i] * x[i] - 1);
        }
        return g;
    }
}
