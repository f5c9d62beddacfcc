package nngrade.checks.support;

import java.util.Arrays;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Input generators shared by the checks. Every generator draws from the run's seeded
 * QuickTheories source, so inputs are reproducible and failures shrink.
 *
 * <p>{@link #scalars()} mixes ordinary values with the edge cases the notes and PyTorch care about:
 * 0, tiny magnitudes, saturating values (+-30) and extreme ones (+-1000).
 */
public final class Gens {

    /** The edge cases every scalar generator includes. */
    public static final List<Double> EDGE_CASES = List.of(
            0.0, 1e-8, -1e-8, 1.0, -1.0, 3.0, -3.0, 30.0, -30.0, 1000.0, -1000.0);

    private Gens() {
    }

    /** @return uniform values in [lo, hi] */
    public static Gen<Double> between(double lo, double hi) {
        return SourceDSL.doubles().between(lo, hi);
    }

    /**
     * @return a mix: 60% uniform in [-5, 5], 25% magnitudes log-uniform in [1e-8, 1e3] with a random
     *     sign, 15% picked from {@link #EDGE_CASES}
     */
    public static Gen<Double> scalars() {
        return Generate.frequency(
                Pair.of(12, between(-5, 5)),
                Pair.of(5, logMagnitudes(1e-8, 1e3)),
                Pair.of(3, Generate.pick(EDGE_CASES)));
    }

    /** @return scalars() kept at least {@code margin} away from every kink */
    public static Gen<Double> scalarsAwayFrom(double margin, double... kinks) {
        return scalars().assuming(x -> Arrays.stream(kinks).allMatch(k -> Math.abs(x - k) > margin));
    }

    /** @return +-10^u with u uniform in [log10 lo, log10 hi] and a random sign */
    public static Gen<Double> logMagnitudes(double lo, double hi) {
        Gen<Double> exponent = between(Math.log10(lo), Math.log10(hi));
        return exponent.zip(Generate.booleans(), (e, negative) -> (negative ? -1 : 1) * Math.pow(10, e));
    }

    /** @return vectors of length in [minLength, maxLength] with elements from {@code elements} */
    public static Gen<double[]> vectors(int minLength, int maxLength, Gen<Double> elements) {
        Gen<Integer> lengths = Generate.range(minLength, maxLength);
        Gen<double[]> gen = in -> {
            double[] v = new double[lengths.generate(in)];
            for (int i = 0; i < v.length; i++) {
                v[i] = elements.generate(in);
            }
            return v;
        };
        return gen.describedAs(Arrays::toString);
    }

    /** @return vectors of exactly {@code length} elements */
    public static Gen<double[]> vectors(int length, Gen<Double> elements) {
        return vectors(length, length, elements);
    }

    /** @return (rows x cols) matrices with elements from {@code elements} */
    public static Gen<double[][]> matrices(int rows, int cols, Gen<Double> elements) {
        Gen<double[][]> gen = in -> {
            double[][] m = new double[rows][cols];
            for (double[] row : m) {
                for (int j = 0; j < cols; j++) {
                    row[j] = elements.generate(in);
                }
            }
            return m;
        };
        return gen.describedAs(Gens::show);
    }

    /** @return a readable rendering of a matrix for failure messages */
    public static String show(double[][] m) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < m.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Arrays.toString(m[i]));
        }
        return sb.append(']').toString();
    }
}
