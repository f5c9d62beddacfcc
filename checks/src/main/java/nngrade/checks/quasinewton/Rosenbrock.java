package nngrade.checks.quasinewton;

import nngrade.problems.quasinewton.Objective;

/**
 * The extended Rosenbrock function J(x) = sum_{i &lt; n-1} [100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2],
 * a curved narrow valley with its minimum 0 at (1, ..., 1); the classic test of a quasi-Newton
 * method, started from (-1.2, 1, -1.2, 1, ...).
 */
final class Rosenbrock implements Objective {

    /** @return the classic starting point (-1.2, 1, -1.2, 1, ...) in n dimensions */
    static double[] start(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 2 == 0 ? -1.2 : 1;
        }
        return x;
    }

    /** @return the minimizer (1, ..., 1) */
    static double[] minimizer(int n) {
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1);
        return x;
    }

    @Override
    public double value(double[] x) {
        double s = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double valley = x[i + 1] - x[i] * x[i];
            s += 100 * valley * valley + (1 - x[i]) * (1 - x[i]);
        }
        return s;
    }

    /**
     * dJ/dx_i = -400 x_i (x_{i+1} - x_i^2) - 2 (1 - x_i) [i &lt; n-1] + 200 (x_i - x_{i-1}^2) [i &gt; 0].
     */
    @Override
    public double[] gradient(double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i + 1 < x.length; i++) {
            double valley = x[i + 1] - x[i] * x[i];
            g[i] += -400 * x[i] * valley - 2 * (1 - x[i]);
            g[i + 1] += 200 * valley;
        }
        return g;
    }
}
