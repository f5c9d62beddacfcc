package nngrade.checks.support;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of data matrices and images for section C's checks (preprocessing, normalization,
 * augmentation), drawn from the run's seeded source like {@link Gens}.
 */
public final class DataGens {

    private DataGens() {
    }

    /**
     * Data matrices N by D with N in [minRows, maxRows] and D in [minCols, maxCols], one example a
     * row. Column j is o_j + s_j u_ij with an offset o_j in [-10, 10] (steps of 1/2), a scale s_j
     * from 0.1 to 10 and u_ij in [-1, 1] (steps of 1/8): the features have non-zero means and very
     * different variances, so a missing centering or a wrong scale shows. The values lie on a grid
     * so that a failing input shrinks to one a person can read, not to two values 1e-12 apart.
     */
    public static Gen<double[][]> data(int minRows, int maxRows, int minCols, int maxCols) {
        Gen<Integer> rows = Generate.range(minRows, maxRows);
        Gen<Integer> cols = Generate.range(minCols, maxCols);
        Gen<Double> offsets = grid(-10, 10, 40);
        Gen<Double> scales = Generate.pick(List.of(1.0, 0.1, 0.25, 0.5, 2.0, 4.0, 10.0));
        // a failure shrinks toward rows at o - s and o + s in turn: data whose variance is s^2, not 0
        Gen<Double> up = grid(-1, 1, 16, 1);
        Gen<Double> down = grid(-1, 1, 16, -1);
        Gen<double[][]> gen = in -> {
            int n = rows.generate(in);
            int d = cols.generate(in);
            double[] o = new double[d];
            double[] s = new double[d];
            for (int j = 0; j < d; j++) {
                o[j] = offsets.generate(in);
                s[j] = scales.generate(in);
            }
            double[][] x = new double[n][d];
            for (int i = 0; i < n; i++) {
                Gen<Double> unit = i % 2 == 0 ? up : down;
                for (int j = 0; j < d; j++) {
                    x[i][j] = o[j] + s[j] * unit.generate(in);
                }
            }
            return x;
        };
        return gen.describedAs(Gens::show);
    }

    /**
     * Images C by H by W with C in [1, 3] and H, W in [minSide, maxSide], every pixel in [lo, hi]
     * on a grid of 20 steps.
     */
    public static Gen<double[][][]> images(int minSide, int maxSide, double lo, double hi) {
        Gen<Integer> channels = Generate.range(1, 3);
        Gen<Integer> sides = Generate.range(minSide, maxSide);
        Gen<Double> pixels = grid(lo, hi, 20);
        Gen<double[][][]> gen = in -> {
            double[][][] image = new double[channels.generate(in)][sides.generate(in)][sides.generate(in)];
            for (double[][] channel : image) {
                for (double[] row : channel) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] = pixels.generate(in);
                    }
                }
            }
            return image;
        };
        return gen.describedAs(DataGens::show);
    }

    /**
     * @return lo + (hi - lo) k / steps for k = 0 .. steps: values on a readable grid; a failure
     *     shrinks toward the grid point nearest {@link Gens#SIMPLEST}
     */
    public static Gen<Double> grid(double lo, double hi, int steps) {
        return grid(lo, hi, steps, Gens.SIMPLEST);
    }

    /** @return {@link #grid(double, double, int)} shrinking toward the grid point nearest simplest */
    public static Gen<Double> grid(double lo, double hi, int steps, double simplest) {
        int k0 = (int) Math.round((Math.min(hi, Math.max(lo, simplest)) - lo) / (hi - lo) * steps);
        return Generate.range(0, steps, k0).map(k -> lo + (hi - lo) * k / steps);
    }

    /** @return seeds for the java.util.Random a check hands to a submission */
    public static Gen<Long> seeds() {
        return Generate.longRange(0, Long.MAX_VALUE);
    }

    /** @return a deep copy of an image */
    public static double[][][] copy(double[][][] image) {
        double[][][] c = new double[image.length][][];
        for (int i = 0; i < image.length; i++) {
            c[i] = Inputs.copy(image[i]);
        }
        return c;
    }

    /** @return a readable rendering of an image, channel by channel */
    public static String show(double[][][] image) {
        StringBuilder sb = new StringBuilder("[");
        for (int c = 0; c < image.length; c++) {
            sb.append(c == 0 ? "" : ", ").append(Gens.show(image[c]));
        }
        return sb.append(']').toString();
    }
}
