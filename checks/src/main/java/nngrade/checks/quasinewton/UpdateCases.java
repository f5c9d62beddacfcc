package nngrade.checks.quasinewton;

import java.util.List;
import nngrade.checks.support.Gens;
import nngrade.checks.support.LinearAlgebra;
import nngrade.checks.support.MatrixGens;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The generated inputs of the secant updates: sizes 2 to {@value #MAX_N}, symmetric positive
 * definite matrices with condition numbers up to {@value #MAX_CONDITION}, steps whose length
 * spans eight orders of magnitude, and the degenerate pairs the contract says must be skipped.
 */
final class UpdateCases {

    static final int MAX_N = 20;
    /** Condition number of the matrix being updated. */
    static final double MAX_CONDITION = 1e4;
    /** Condition number of the "true" Hessian G with q = G p. */
    static final double MAX_CURVATURE_CONDITION = 1e3;
    /**
     * The smallest |cos| of the angle between the vectors whose dot product is a denominator:
     * keeps the denominators away from cancellation, which is the skip rule's business, not the
     * secant equation's.
     */
    static final double MIN_COSINE = 0.05;

    private UpdateCases() {
    }

    static Gen<Integer> sizes() {
        return Generate.range(2, MAX_N);
    }

    /**
     * @return p of length n: a random direction times 10^u, u uniform in [-6, 2]. The updates are
     *     the same at every scale of (p, q), and steps near convergence are short: at |p| = 1e-6,
     *     q^T p is about 1e-12, where a guard such as q^T p &gt; 1e-10 skips an update the contract
     *     makes (it skips only without q^T p &gt; 0)
     */
    static Gen<double[]> steps(int n) {
        return MatrixGens.vectors(n, -6, 2);
    }

    /**
     * @return (M, p, q) with M symmetric positive definite and q = G p for another symmetric
     *     positive definite G (the Hessian of a quadratic), so q^T p &gt; 0: the input of BFGS
     *     and DFP
     */
    static Gen<UpdateCase> positiveCurvature() {
        Gen<Integer> sizes = sizes();
        Gen<UpdateCase> gen = in -> {
            int n = sizes.generate(in);
            double[][] m = MatrixGens.spd(n, MAX_CONDITION).generate(in);
            double[][] g = MatrixGens.spd(n, MAX_CURVATURE_CONDITION).generate(in);
            double[] p = steps(n).generate(in);
            return new UpdateCase(m, p, LinearAlgebra.times(g, p));
        };
        return gen.describedAs(UpdateCase::toString);
    }

    /**
     * @param hessianForm true for (H, x = p, y = q), false for (B, x = q, y = p)
     * @return inputs of SR1, M x + v = y, with |cos(v, x)| &gt;= MIN_COSINE of either sign, so
     *     q^T p may be negative: SR1 does not need positive curvature
     */
    static Gen<UpdateCase> rankOne(boolean hessianForm) {
        return rankOne(hessianForm, Generate.booleans());
    }

    /** @return rankOne cases with v^T x &gt; 0, where both SR1 forms are defined together */
    static Gen<UpdateCase> rankOnePositive(boolean hessianForm) {
        return rankOne(hessianForm, Generate.constant(false));
    }

    private static Gen<UpdateCase> rankOne(boolean hessianForm, Gen<Boolean> negative) {
        Gen<Integer> sizes = sizes();
        Gen<Double> cosine = Gens.between(MIN_COSINE, 1);
        Gen<UpdateCase> gen = in -> {
            int n = sizes.generate(in);
            double[][] m = MatrixGens.spd(n, MAX_CONDITION).generate(in);
            double[] x = steps(n).generate(in);
            double[] mx = LinearAlgebra.times(m, x);
            double c = cosine.generate(in) * (negative.generate(in) ? -1 : 1);
            double[] v = atAngle(x, c, MatrixGens.directions(n).generate(in));
            v = LinearAlgebra.scaled(LinearAlgebra.norm(mx) * Math.pow(10, Gens.between(-1, 1).generate(in)), v);
            double[] y = LinearAlgebra.plusScaled(mx, 1, v);
            return hessianForm ? new UpdateCase(m, x, y) : new UpdateCase(m, y, x);
        };
        return gen.describedAs(UpdateCase::toString);
    }

    /** @return a unit vector whose cosine with x is c, leaning toward the direction u */
    private static double[] atAngle(double[] x, double c, double[] u) {
        double[] xHat = LinearAlgebra.scaled(1 / LinearAlgebra.norm(x), x);
        double[] perp = LinearAlgebra.plusScaled(u, -LinearAlgebra.dot(u, xHat), xHat);
        double norm = LinearAlgebra.norm(perp);
        if (norm < 1e-8) { // u parallel to x: any other axis will do
            perp = new double[x.length];
            perp[Math.abs(xHat[0]) < 0.9 ? 0 : 1] = 1;
            perp = LinearAlgebra.plusScaled(perp, -LinearAlgebra.dot(perp, xHat), xHat);
            norm = LinearAlgebra.norm(perp);
        }
        return LinearAlgebra.plusScaled(LinearAlgebra.scaled(c, xHat), Math.sqrt(1 - c * c) / norm, perp);
    }

    /**
     * @return a case small enough to follow by hand, tried before the generated ones: M and
     *     G = [[3, 1, 0], [1, 2, 0.5], [0, 0.5, 1]] symmetric positive definite, q = G p, so
     *     q^T p = 5 &gt; 0; and SR1's v = q - M p (or p - M q) is far from orthogonal to p (or q):
     *     every update of the notes applies, and the classic slips (p and q swapped, DFP for BFGS,
     *     a missing transpose) miss by a large share of values near 1
     */
    static UpdateCase small() {
        double[][] m = {{2, 0.5, 0}, {0.5, 1, 0.25}, {0, 0.25, 3}};
        return new UpdateCase(m, new double[] {1, -1, 2}, new double[] {2, 0, 1.5});
    }

    /**
     * @return pairs without positive curvature, where BFGS and DFP must return the matrix
     *     unchanged: q^T p &lt; 0, p = 0, q = 0, and q orthogonal to p (q^T p = 0 exactly)
     */
    static List<UpdateCase> withoutPositiveCurvature() {
        double[][] m = {{2, 0.5, 0}, {0.5, 1, 0.25}, {0, 0.25, 3}};
        return List.of(
                new UpdateCase(m, new double[] {1, -2, 0.5}, new double[] {-1, 2, -0.5}),
                new UpdateCase(m, new double[] {0.3, 0.1, -0.2}, new double[] {-2, 0.5, 1}),
                new UpdateCase(m, new double[] {0, 0, 0}, new double[] {1, 2, 3}),
                new UpdateCase(m, new double[] {1, 2, 3}, new double[] {0, 0, 0}),
                new UpdateCase(m, new double[] {1, 0, 0}, new double[] {0, 1, 0}),
                new UpdateCase(m, new double[] {1, 1, 0}, new double[] {1, -1, 4}));
    }

    /**
     * @param hessianForm true for (H, x = p, y = q), false for (B, x = q, y = p)
     * @return pairs where SR1's denominator v^T x is zero or negligible and the update must be
     *     skipped: v = 0 (M already maps x to y), x = 0, v orthogonal to x,
     *     |v^T x| = 1e-12 ||v|| ||x||, below the skip tolerance 1e-8, and twice |v^T x| =
     *     1e-8 ||v|| ||x|| with ||v|| ten times ||x|| and the reverse: a rule written with ||x||^2
     *     or ||v||^2 in place of ||v|| ||x|| updates one of these two
     */
    static List<UpdateCase> rankOneSkipped(boolean hessianForm) {
        double[][] m = {{2, 0.5, 0}, {0.5, 1, 0.25}, {0, 0.25, 3}};
        double[] e1 = {1, 0, 0};
        double[] me1 = LinearAlgebra.times(m, e1);
        double[][] xy = { // pairs x, y = M x + v
            {1, -1, 2}, LinearAlgebra.times(m, new double[] {1, -1, 2}), // v = 0
            {0, 0, 0}, {1, 2, 3}, // x = 0
            e1, LinearAlgebra.plusScaled(me1, 1, new double[] {0, 1, 1}), // v orthogonal to x
            e1, LinearAlgebra.plusScaled(me1, 1, new double[] {1e-12, 1, 0}), // v^T x = 1e-12 ||v|| ||x||
            e1, LinearAlgebra.plusScaled(me1, 1, new double[] {5e-8, 10, 0}), // ||v|| = 10 ||x||
            {10, 0, 0}, LinearAlgebra.plusScaled(LinearAlgebra.scaled(10, me1), 1, new double[] {5e-9, 1, 0}),
        };
        List<UpdateCase> cases = new java.util.ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            cases.add(hessianForm ? new UpdateCase(m, xy[i], xy[i + 1]) : new UpdateCase(m, xy[i + 1], xy[i]));
        }
        return cases;
    }
}
