package nngrade.checks.babysitting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nngrade.checks.support.Gens;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Synthetic loss curves for the diagnosis: the edge cases of its rules, each named for what it
 * shows, and a generator of curves of every kind (steady, noisy, exploding, with NaN or
 * infinities, flat then dropping).
 */
final class EdgeCurves {

    /** A named curve and the tolerance it is read with. */
    record Named(String name, double[] losses, double tolerance) {
    }

    private EdgeCurves() {
    }

    /** @return the edge cases, in the order a student meets them in the notes */
    static List<Named> all() {
        double ln10 = Math.log(10);
        List<Named> c = new ArrayList<>();
        c.add(new Named("a flat curve (\"loss barely changing\")", wiggle(ln10, 30, 0.004), 0.01));
        c.add(new Named("a single loss", new double[] {ln10}, 0.01));
        c.add(new Named("NaN at the first step (\"cost: NaN\")", new double[] {ln10, Double.NaN}, 0.01));
        c.add(new Named("NaN from the start", new double[] {Double.NaN, Double.NaN}, 0.01));
        c.add(new Named("a good run that ends in NaN", new double[] {ln10, 1.9, 1.2, 0.8, Double.NaN}, 0.01));
        c.add(new Named("an infinite cost", new double[] {ln10, 2.1, Double.POSITIVE_INFINITY}, 0.01));
        c.add(new Named("a slow explosion, 1.25 times the previous loss at every step", geometric(ln10, 1.25, 7), 0.01));
        c.add(new Named("a climb of 1.25 times per step past 3 times the initial cost, then a fall below the start",
                climbThenFall(ln10, 1.25, 7, 0.6, 4), 0.01));
        c.add(new Named("a spike above 3 times the initial cost, then a recovery",
                new double[] {2, 1.5, 6.5, 1, 0.5}, 0.01));
        c.add(new Named("a peak of exactly 3 times the initial cost, which is not above it",
                new double[] {2, 4, 6, 3, 1}, 0.01));
        c.add(new Named("a rise that stays below 3 times the initial cost", new double[] {1, 1.2, 1.5, 2}, 0.01));
        c.add(new Named("a dip, then back above the start", new double[] {2, 1, 2.5}, 0.01));
        c.add(new Named("a dip, then back to the start", new double[] {2, 1, 2}, 0.01));
        c.add(new Named("a plateau, then a drop (bad initialization)", plateauThenDrop(ln10, 40, 20), 0.01));
        c.add(new Named("a drop of 2%", new double[] {1, 0.99, 0.98}, 0.01));
        c.add(new Named("a drop of 0.5%", new double[] {1, 0.998, 0.995}, 0.01));
        c.add(new Named("a drop of 3% read with tolerance 0.05", new double[] {1, 0.99, 0.97}, 0.05));
        c.add(new Named("a drop of 3% read with tolerance 0", new double[] {1, 0.99, 0.97}, 0));
        c.add(new Named("back at the start, read with tolerance 0: an end of exactly (1 + tolerance) L_0 is not above it",
                new double[] {2, 2.5, 2}, 0));
        c.add(new Named("a dip to exactly (1 - tolerance) L_0, read with tolerance 0.25, which is not below it",
                new double[] {2, 1.5, 2}, 0.25));
        return c;
    }

    /**
     * @return curves of every kind, 1 to 60 values: a start L_0 = e^u with u in [-3, 3], then
     *     L_k = L_{k-1} e^{drift + noise v_k} with a drift in [-0.3, 0.3] per step, a noise level in
     *     [0, 0.1] and v_k uniform in [-1, 1]; one in ten has a NaN somewhere, one in ten an
     *     infinity, one in ten a flat start (a bad initialization), one in ten stays within
     *     0.3% of L_0
     */
    static Gen<double[]> generated() {
        Gen<Integer> lengths = Generate.range(1, 60);
        Gen<Double> starts = Gens.between(-3, 3);
        Gen<Double> drifts = Gens.between(-0.3, 0.3);
        Gen<Double> noises = Gens.between(0, 0.1);
        Gen<Double> unit = Gens.between(-1, 1);
        Gen<Integer> kinds = Generate.range(0, 9);
        Gen<double[]> gen = in -> {
            double[] c = new double[lengths.generate(in)];
            c[0] = Math.exp(starts.generate(in));
            double drift = drifts.generate(in);
            double noise = noises.generate(in);
            for (int k = 1; k < c.length; k++) {
                c[k] = c[k - 1] * Math.exp(drift + noise * unit.generate(in));
            }
            int kind = kinds.generate(in);
            int at = Generate.range(0, c.length - 1).generate(in);
            if (kind == 0) {
                c[at] = Double.NaN;
            } else if (kind == 1) {
                c[at] = Double.POSITIVE_INFINITY;
            } else if (kind == 2) {
                Arrays.fill(c, 0, at + 1, c[0]);
            } else if (kind == 3) {
                for (int k = 1; k < c.length; k++) { // barely changing: within 0.3% of L_0
                    c[k] = c[0] * (1 + 0.003 * unit.generate(in));
                }
            }
            return c;
        };
        return gen.describedAs(Arrays::toString);
    }

    /** @return the tolerances of the generated cases */
    static Gen<Double> tolerances() {
        return Generate.pick(List.of(0.0, 0.01, 0.05, 0.2));
    }

    private static double[] wiggle(double level, int n, double amplitude) {
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
            c[k] = level * (1 + amplitude * Math.sin(k));
        }
        return c;
    }

    private static double[] geometric(double first, double factor, int n) {
        double[] c = new double[n];
        c[0] = first;
        for (int k = 1; k < n; k++) {
            c[k] = c[k - 1] * factor;
        }
        return c;
    }

    private static double[] climbThenFall(double first, double up, int climb, double down, int fall) {
        double[] c = Arrays.copyOf(geometric(first, up, climb), climb + fall);
        for (int k = climb; k < c.length; k++) {
            c[k] = c[k - 1] * down;
        }
        return c;
    }

    private static double[] plateauThenDrop(double level, int flat, int drop) {
        double[] c = new double[flat + drop];
        for (int k = 0; k < flat; k++) {
            c[k] = level * (1 + 1e-4 * Math.sin(k));
        }
        for (int k = 0; k < drop; k++) {
            c[flat + k] = level * Math.exp(-0.1 * (k + 1));
        }
        return c;
    }
}
