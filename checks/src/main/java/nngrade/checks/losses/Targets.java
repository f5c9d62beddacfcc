package nngrade.checks.losses;

import java.util.Arrays;
import java.util.List;
import nngrade.checks.support.Gens;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Targets of the losses: probability distributions, binary masks, values in [0, 1]. */
final class Targets {

    private Targets() {
    }

    /**
     * @return probability distributions of length n: one-hot (30%), uniform (10%), or random
     *     non-negative weights, some of them 0, normalized to sum 1 (60%)
     */
    static Gen<double[]> distributions(int n) {
        Gen<double[]> oneHot = Generate.range(0, n - 1).map(k -> {
            double[] t = new double[n];
            t[k] = 1;
            return t;
        });
        Gen<double[]> uniform = Generate.constant(() -> filled(n, 1.0 / n));
        Gen<double[]> weights = Gens.vectors(n, Generate.frequency(
                Pair.of(4, Gens.between(0, 1)), Pair.of(1, Generate.constant(0.0)))).map(Targets::normalized);
        return Generate.frequency(Pair.of(3, oneHot), Pair.of(1, uniform), Pair.of(6, weights))
                .describedAs(Arrays::toString);
    }

    /** @return masks of 0s and 1s of length n */
    static Gen<double[]> binary(int n) {
        return Gens.vectors(n, Generate.pick(List.of(0.0, 1.0)));
    }

    /** @return targets of length n in [0, 1], with 0 and 1 frequent */
    static Gen<double[]> unitInterval(int n) {
        return Gens.vectors(n, Generate.frequency(
                Pair.of(3, Gens.between(0, 1)), Pair.of(2, Generate.pick(List.of(0.0, 1.0)))));
    }

    /** @return w / sum(w), or one-hot on the first element if every weight is 0 */
    private static double[] normalized(double[] w) {
        double sum = Arrays.stream(w).sum();
        if (sum == 0) {
            double[] t = new double[w.length];
            t[0] = 1;
            return t;
        }
        return Arrays.stream(w).map(v -> v / sum).toArray();
    }

    private static double[] filled(int n, double value) {
        double[] t = new double[n];
        Arrays.fill(t, value);
        return t;
    }
}
