package nngrade.checks.normalization;

import nngrade.checks.support.DataGens;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Inputs of batch norm and layer norm whose normalized groups (the columns for batch norm, the
 * rows for layer norm) are spread out: group g holds o_g + s_g (pi_g(k) + 0.4 v_k)/L for k < L,
 * with pi_g a random permutation of 0..L-1, o_g in [-1, 1], s_g in [0.5, 2] and v_k in [0, 1]
 * (on grids of 20 steps, so that failing inputs shrink to readable ones).
 * Neighbouring values are at least 0.6 s_g / L apart, so the standard deviation of a group is at
 * least 0.075 and central differences with a step of 1e-6 stay accurate (their truncation error,
 * about h^2 |f'''| with f''' of order N/sigma^3, is far below the gradient check's rounding
 * allowance). gamma and beta lie in [-2, 2], dY in [-1, 1], in steps of 1/4 and 1/8.
 */
final class NormCases {

    private NormCases() {
    }

    /** Batches for batch norm: N in [minRows, maxRows], D in [1, maxFeatures], columns spread. */
    static Gen<NormCase> spreadColumns(int minRows, int maxRows, int maxFeatures) {
        return cases(minRows, maxRows, 1, maxFeatures, false);
    }

    /** Batches for layer norm: N in [0, maxRows], D in [minFeatures, maxFeatures], rows spread. */
    static Gen<NormCase> spreadRows(int maxRows, int minFeatures, int maxFeatures) {
        return cases(0, maxRows, minFeatures, maxFeatures, true);
    }

    private static Gen<NormCase> cases(int minRows, int maxRows, int minCols, int maxCols, boolean rowsSpread) {
        Gen<Integer> rows = Generate.range(minRows, maxRows);
        Gen<Integer> cols = Generate.range(minCols, maxCols);
        Gen<Double> unit = DataGens.grid(0, 1, 20);
        Gen<Double> params = DataGens.grid(-2, 2, 16);
        Gen<Double> grads = DataGens.grid(-1, 1, 16);
        Gen<NormCase> gen = in -> {
            int n = rows.generate(in);
            int d = cols.generate(in);
            double[][] x = rowsSpread ? spread(n, d, unit, in) : transpose(spread(d, n, unit, in), d, n);
            double[] gamma = fill(d, params, in);
            double[] beta = fill(d, params, in);
            double[][] dy = new double[n][];
            for (int i = 0; i < n; i++) {
                dy[i] = fill(d, grads, in);
            }
            return new NormCase(x, gamma, beta, dy);
        };
        return gen.describedAs(NormCase::toString);
    }

    /** @return groups (count by length), each one spread as the class comment says */
    private static double[][] spread(int count, int length, Gen<Double> unit, RandomnessSource in) {
        double[][] g = new double[count][length];
        for (double[] group : g) {
            int[] perm = permutation(length, in);
            double o = 2 * unit.generate(in) - 1;
            double s = 0.5 + 1.5 * unit.generate(in);
            for (int k = 0; k < length; k++) {
                group[k] = o + s * (perm[k] + 0.4 * unit.generate(in)) / length;
            }
        }
        return g;
    }

    private static int[] permutation(int n, RandomnessSource in) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) { // Fisher-Yates
            int j = Generate.range(0, i).generate(in);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** @return the transpose of a (rows by cols), cols by rows */
    static double[][] transpose(double[][] a, int rows, int cols) {
        double[][] t = new double[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    private static double[] fill(int n, Gen<Double> gen, RandomnessSource in) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = gen.generate(in);
        }
        return v;
    }
}
