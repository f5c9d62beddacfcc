package nngrade.checks.quasinewton;

import nngrade.checks.support.LinearAlgebra;
import nngrade.problems.quasinewton.Objective;

/**
 * J(x) = (1/2) x^T A x - b^T x with A symmetric positive definite: gradient A x - b, Hessian A,
 * unique minimizer x* = A^-1 b. The objective on which BFGS with an exact line search terminates
 * in at most n iterations.
 */
final class Quadratic implements Objective {

    private final double[][] a;
    private final double[] b;

    /** @param a A, symmetric positive definite (kept, not modified) @param b b (kept, not modified) */
    Quadratic(double[][] a, double[] b) {
        this.a = a;
        this.b = b;
    }

    double[][] hessian() {
        return a;
    }

    /** @return x* = A^-1 b */
    double[] minimizer() {
        return LinearAlgebra.solve(a, b);
    }

    @Override
    public double value(double[] x) {
        return 0.5 * LinearAlgebra.dot(x, LinearAlgebra.times(a, x)) - LinearAlgebra.dot(b, x);
    }

    @Override
    public double[] gradient(double[] x) {
        return LinearAlgebra.minus(LinearAlgebra.times(a, x), b);
    }
}
