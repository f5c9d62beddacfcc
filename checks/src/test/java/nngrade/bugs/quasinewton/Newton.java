package nngrade.bugs.quasinewton;

import nngrade.problems.quasinewton.SecondOrderStep;

/**
 * newton.step by Gaussian elimination, as a student writes it; {@code pivoting} and {@code sign}
 * select the mistakes.
 */
public final class Newton implements SecondOrderStep {

    private final boolean pivoting;
    private final double sign;

    /**
     * @param pivoting whether rows are exchanged for the largest pivot (false: the bug)
     * @param sign     -1 for theta - s (right), +1 for theta + s (the bug)
     */
    public Newton(boolean pivoting, double sign) {
        this.pivoting = pivoting;
        this.sign = sign;
    }

    @Override
    public double[] step(double[] theta, double[] gradient, double[][] hessian) {
        for (int i = 0; i < theta.length; i++) {
            if (!Double.isFinite(theta[i]) || !Double.isFinite(gradient[i])) {
                throw new IllegalArgumentException("not finite");
            }
        }
        double[] s = solve(hessian, gradient);
        double[] next = new double[theta.length];
        for (int i = 0; i < next.length; i++) {
            next[i] = theta[i] + sign * s[i];
        }
        return next;
    }

    private double[] solve(double[][] h, double[] g) {
        int n = g.length;
        double[][] a = new double[n][];
        double[] b = g.clone();
        for (int i = 0; i < n; i++) {
            a[i] = h[i].clone();
        }
        for (int k = 0; k < n; k++) {
            int pivot = k;
            if (pivoting) {
                for (int i = k + 1; i < n; i++) {
                    if (Math.abs(a[i][k]) > Math.abs(a[pivot][k])) {
                        pivot = i;
                    }
                }
            }
            double[] row = a[k];
            a[k] = a[pivot];
            a[pivot] = row;
            double t = b[k];
            b[k] = b[pivot];
            b[pivot] = t;
            if (a[k][k] == 0) {
                throw new ArithmeticException("singular Hessian");
            }
            for (int i = k + 1; i < n; i++) {
                double factor = a[i][k] / a[k][k];
                for (int j = k; j < n; j++) {
                    a[i][j] -= factor * a[k][j];
                }
                b[i] -= factor * b[k];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = b[i];
            for (int j = i + 1; j < n; j++) {
                sum -= a[i][j] * x[j];
            }
            x[i] = sum / a[i][i];
            if (!Double.isFinite(x[i])) { // the contract's other singular case: a solution that overflows
                throw new ArithmeticException("the Newton step is not finite");
            }
        }
        return x;
    }
}
