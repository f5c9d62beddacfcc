package nngrade.checks.preprocessing;

import java.util.Arrays;
import java.util.function.BiFunction;
import nngrade.checks.support.DataGens;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.Inputs;
import nngrade.checks.support.Raises;
import nngrade.checks.support.Shape;
import nngrade.problems.preprocessing.PrincipalAxes;
import org.quicktheories.core.Gen;

/** Fits made up by the checks, and the projection formula y_ik = s_k sum_j (x_ij - mu_j) u_kj. */
final class Projections {

    /**
     * The projection is a sum of D products; computed as (x - mu).u or as x.u - mu.u its rounding
     * error stays below 1e-15 of sum_j (|x_ij| + |mu_j|) |u_kj|. 1e-12 of that leaves room for any
     * order; a transposed U, a missing centering or a wrong scale is off by far more.
     */
    static final double PROJECTION_REL = 1e-12;

    private Projections() {
    }

    /**
     * @return fits with a mean in [-10, 10]^d, an arbitrary (not orthonormal) d by d matrix of axes
     *     and variances in [0.01, 100]: transform must apply the formula to whatever it is given
     */
    static Gen<PrincipalAxes> axes(int d) {
        Gen<double[][]> rows = DataGens.data(d + 1, d + 1, d, d);
        Gen<double[]> variances = Gens.vectors(d, DataGens.grid(-2, 2, 8).map(e -> Math.pow(10, e)));
        Gen<PrincipalAxes> gen = rows.zip(variances, (m, v) ->
                new PrincipalAxes(m[d], Arrays.copyOf(m, d), v));
        return gen.describedAs(f -> "PrincipalAxes[mean=" + Arrays.toString(f.mean()) + ", axes="
                + Gens.show(f.axes()) + ", variances=" + Arrays.toString(f.variances()) + "]");
    }

    /** @return a fit of D = 2, written out: the mean (0.5, -1), orthonormal axes, variances 2 and 0.5 */
    static PrincipalAxes twoAxes() {
        return new PrincipalAxes(new double[] {0.5, -1}, new double[][] {{0.6, 0.8}, {-0.8, 0.6}},
                new double[] {2, 0.5});
    }

    /**
     * Fails unless transform refuses, with the contract's IllegalArgumentException, rows of another
     * length than the fit's D = 2: longer, shorter, and a short second row. A loop over
     * min(D, row length) would take them all.
     */
    static void expectRowsOfAnotherLengthRejected(BiFunction<double[][], PrincipalAxes, double[][]> transform) {
        double[][][] rows = {{{1, 2, 3}, {0, 1, 2}}, {{1}, {2}}, {{1, 2}, {3}}};
        String[] what = {"rows of 3 entries", "rows of 1 entry", "a second row of 1 entry"};
        for (int k = 0; k < rows.length; k++) {
            double[][] x = rows[k];
            Raises.that("transform of " + what[k] + " with a fit of D = 2", IllegalArgumentException.class,
                    () -> transform.apply(Inputs.copy(x), twoAxes()));
        }
    }

    /** Fails unless actual_ik = scale_k sum_j (x_ij - mu_j) u_kj within PROJECTION_REL. */
    static void expectProjection(String what, double[][] x, PrincipalAxes fit, double[] scale,
            double[][] actual) {
        int d = fit.mean().length;
        Shape.matrix(what, actual, x.length, d);
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < d; k++) {
                double sum = 0;
                double magnitude = 0;
                for (int j = 0; j < d; j++) {
                    sum += (x[i][j] - fit.mean()[j]) * fit.axes()[k][j];
                    magnitude += (Math.abs(x[i][j]) + Math.abs(fit.mean()[j])) * Math.abs(fit.axes()[k][j]);
                }
                Expect.near(what + " at [" + i + "][" + k + "]", scale[k] * sum, actual[i][k], 0,
                        PROJECTION_REL * magnitude * Math.abs(scale[k]) + 1e-300);
            }
        }
    }

    static PrincipalAxes copy(PrincipalAxes fit) {
        return new PrincipalAxes(Inputs.copy(fit.mean()), Inputs.copy(fit.axes()), Inputs.copy(fit.variances()));
    }

    static void expectUnchanged(PrincipalAxes before, PrincipalAxes after) {
        Expect.unchanged("axes.mean()", before.mean(), after.mean());
        Expect.unchanged("axes.axes()", before.axes(), after.axes());
        Expect.unchanged("axes.variances()", before.variances(), after.variances());
    }
}
