package nngrade.checks.quasinewton;

import java.util.Arrays;
import nngrade.checks.support.Gens;
import nngrade.checks.support.LinearAlgebra;
import nngrade.checks.support.MatrixGens;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A strictly convex quadratic J(x) = (1/2) x^T A x - b^T x to minimize from x0, with the fraction
 * omega of the exact line search step to take.
 *
 * @param a     A, symmetric positive definite
 * @param b     b
 * @param x0    the starting point
 * @param omega the line search returns omega times the exact step
 */
record QuadraticCase(double[][] a, double[] b, double[] x0, double omega) {

    /** Largest dimension of the generated quadratics. */
    static final int MAX_N = 10;
    /** Largest condition number of A. */
    static final double MAX_CONDITION = 1e3;

    Quadratic quadratic() {
        return new Quadratic(a, b);
    }

    int n() {
        return x0.length;
    }

    /**
     * @return quadratics in 2..MAX_N dimensions with b random, minimized by exact line search;
     *     the eigenvalues of A are evenly spread on a log scale: with two nearly equal
     *     eigenvalues the n-th conjugate direction is resolved from rounding-sized components,
     *     and the exact-arithmetic termination in n steps leaves a residual of 1e-5 instead of 0
     */
    static Gen<QuadraticCase> exact() {
        return generate(Generate.constant(1.0), true);
    }

    /**
     * @return quadratics with their minimizer at 0 (b = 0, so the points, the steps and the
     *     gradients all shrink together and the rounding of p = theta_{k+1} - theta_k stays
     *     relative), minimized by a damped line search: omega in [0.3, 0.9]
     */
    static Gen<QuadraticCase> damped() {
        return generate(Gens.between(0.3, 0.9), false);
    }

    private static Gen<QuadraticCase> generate(Gen<Double> omegas, boolean exact) {
        Gen<Integer> sizes = Generate.range(2, MAX_N);
        Gen<QuadraticCase> gen = in -> {
            int n = sizes.generate(in);
            double[][] a = exact ? MatrixGens.spdWithSeparatedEigenvalues(n, MAX_CONDITION).generate(in)
                    : MatrixGens.spdAroundOne(n, MAX_CONDITION).generate(in);
            double[] x0 = MatrixGens.vectors(n, -1, 1).generate(in);
            double[] b = exact ? LinearAlgebra.times(a, MatrixGens.directions(n).generate(in)) : new double[n];
            return new QuadraticCase(a, b, x0, omegas.generate(in));
        };
        return gen.describedAs(QuadraticCase::toString);
    }

    @Override
    public String toString() {
        return "{A = " + Gens.show(a) + ", b = " + Arrays.toString(b) + ", x0 = " + Arrays.toString(x0)
                + ", line search: " + (omega == 1 ? "exact" : omega + " of the exact step") + "}";
    }
}
