package nngrade.checks.support;

import org.quicktheories.core.Gen;

/**
 * Generators of the matrices and vectors the linear-algebra checks need, drawn from the run's
 * seeded QuickTheories source like every generator of {@link Gens}.
 *
 * <p>A symmetric positive definite matrix is built as A = Q diag(lambda) Q^T, with Q orthogonal
 * (Gram-Schmidt of a random matrix) and eigenvalues lambda spread log-uniformly between s and
 * s kappa, where the condition number kappa is log-uniform in [1, maxCondition] and the scale s
 * log-uniform in [1e-2, 1e2] ({@link #spd}), or chosen so that the eigenvalues lie around 1
 * ({@link #spdAroundOne}, {@link #spdWithSeparatedEigenvalues}); the extreme eigenvalues are
 * exactly s and s kappa, so kappa is the 2-norm condition number of A, up to rounding.
 */
public final class MatrixGens {

    private MatrixGens() {
    }

    /** @return uniform values in [-1, 1] */
    private static Gen<Double> unit() {
        return Gens.between(-1, 1);
    }

    /** @return random unit vectors of length n */
    public static Gen<double[]> directions(int n) {
        return Gens.vectors(n, unit()).map(MatrixGens::normalizedOrFirstAxis);
    }

    /**
     * @return vectors of length n: a random direction times 10^u, u uniform in
     *     [logLo, logHi]
     */
    public static Gen<double[]> vectors(int n, double logLo, double logHi) {
        Gen<double[]> direction = directions(n);
        Gen<Double> logLength = Gens.between(logLo, logHi);
        return in -> LinearAlgebra.scaled(Math.pow(10, logLength.generate(in)), direction.generate(in));
    }

    /** @return random n by n orthogonal matrices (rows orthonormal) */
    public static Gen<double[][]> orthogonal(int n) {
        return Gens.matrices(n, n, unit()).map(MatrixGens::gramSchmidt);
    }

    /**
     * @param n            the size
     * @param maxCondition the largest condition number drawn
     * @return symmetric positive definite n by n matrices with controlled condition numbers
     */
    public static Gen<double[][]> spd(int n, double maxCondition) {
        return spd(n, maxCondition, false, -2, 2);
    }

    /**
     * @param n            the size
     * @param maxCondition the largest condition number drawn
     * @return symmetric positive definite n by n matrices with controlled condition numbers whose
     *     eigenvalues lie around 1, between s/sqrt(kappa) and s sqrt(kappa) with s log-uniform in
     *     [1/2, 2]: the Hessians for a quasi-Newton method started from B_0 = I, which is then
     *     scaled right to within sqrt(kappa)
     */
    public static Gen<double[][]> spdAroundOne(int n, double maxCondition) {
        return spd(n, maxCondition, false, Double.NaN, Double.NaN);
    }

    /**
     * @param n            the size
     * @param maxCondition the largest condition number drawn
     * @return symmetric positive definite n by n matrices whose eigenvalues s kappa^(i/(n-1)) are
     *     evenly spread on a log scale, so no two are close: where an algorithm's exact-arithmetic
     *     property (conjugate directions, termination in n steps) survives rounding best
     */
    public static Gen<double[][]> spdWithSeparatedEigenvalues(int n, double maxCondition) {
        return spd(n, maxCondition, true, Double.NaN, Double.NaN);
    }

    /**
     * @param logScaleLo log10 of the smallest scale s, or NaN for eigenvalues around 1
     * @param logScaleHi log10 of the largest scale s, or NaN for eigenvalues around 1
     */
    private static Gen<double[][]> spd(int n, double maxCondition, boolean evenly, double logScaleLo,
            double logScaleHi) {
        boolean aroundOne = Double.isNaN(logScaleLo);
        Gen<double[][]> q = orthogonal(n);
        Gen<Double> logScale = aroundOne ? Gens.between(-0.3, 0.3) : Gens.between(logScaleLo, logScaleHi);
        Gen<Double> logCondition = Gens.between(evenly ? 1 : 0, Math.log10(maxCondition));
        Gen<double[]> spread = Gens.vectors(n, Gens.between(0, 1));
        Gen<double[][]> gen = in -> {
            double kappa = Math.pow(10, logCondition.generate(in));
            double s = Math.pow(10, logScale.generate(in)) / (aroundOne ? Math.sqrt(kappa) : 1);
            double[] t = spread.generate(in);
            double[] lambda = new double[n];
            for (int i = 0; i < n; i++) {
                double u = n == 1 ? 0 : evenly ? i / (n - 1.0) : i == 0 ? 0 : i == n - 1 ? 1 : t[i];
                lambda[i] = s * Math.pow(kappa, u);
            }
            return withEigen(q.generate(in), lambda);
        };
        return gen.describedAs(Gens::show);
    }

    /** @return Q^T diag(lambda) Q, exactly symmetric */
    public static double[][] withEigen(double[][] q, double[] lambda) {
        int n = lambda.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += q[k][i] * lambda[k] * q[k][j];
                }
                a[i][j] = s;
                a[j][i] = s;
            }
        }
        return a;
    }

    /** @return the rows of m made orthonormal, in order (Gram-Schmidt, two passes per row) */
    private static double[][] gramSchmidt(double[][] m) {
        int n = m.length;
        double[][] q = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] v = orthogonalTo(q, i, m[i]);
            if (LinearAlgebra.norm(v) < 1e-6) { // a nearly dependent random row: take an axis
                v = mostIndependentAxis(q, i);
            }
            q[i] = normalizedOrFirstAxis(v);
        }
        return q;
    }

    /** @return v minus its projections on the orthonormal q[0..count-1]; twice is enough */
    private static double[] orthogonalTo(double[][] q, int count, double[] v) {
        double[] r = v.clone();
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 0; j < count; j++) {
                double c = LinearAlgebra.dot(q[j], r);
                for (int i = 0; i < r.length; i++) {
                    r[i] -= c * q[j][i];
                }
            }
        }
        return r;
    }

    /** @return the unit axis with the largest part orthogonal to q[0..count-1], that part */
    private static double[] mostIndependentAxis(double[][] q, int count) {
        double[] best = null;
        for (int axis = 0; axis < q.length; axis++) {
            double[] v = orthogonalTo(q, count, axis(q.length, axis));
            if (best == null || LinearAlgebra.norm(v) > LinearAlgebra.norm(best)) {
                best = v;
            }
        }
        return best;
    }

    private static double[] normalizedOrFirstAxis(double[] v) {
        double norm = LinearAlgebra.norm(v);
        return norm > 0 ? LinearAlgebra.scaled(1 / norm, v) : axis(v.length, 0);
    }

    private static double[] axis(int n, int i) {
        double[] e = new double[n];
        e[i] = 1;
        return e;
    }
}
