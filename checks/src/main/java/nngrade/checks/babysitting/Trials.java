package nngrade.checks.babysitting;

import nngrade.checks.support.Gens;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A set of trials of a random search for the narrowing check: hyperparameter values, their scores
 * and how many of the best to keep.
 *
 * @param values the values, log-uniform in [1e-7, 1e2]
 * @param scores accuracies on a grid of 0.05 (so that ties occur), NaN for one trial in eight,
 *               -infinity for one in sixteen
 * @param keep   in [1, n]
 */
record Trials(double[] values, double[] scores, int keep) {

    /** @return 1 to 25 trials */
    static Gen<Trials> generated() {
        Gen<Integer> sizes = Generate.range(1, 25);
        Gen<Double> logValues = Gens.between(-7, 2);
        Gen<Integer> grid = Generate.range(0, 20);
        Gen<Integer> kinds = Generate.range(0, 15);
        return in -> {
            int n = sizes.generate(in);
            double[] values = new double[n];
            double[] scores = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = Math.pow(10, logValues.generate(in));
                int kind = kinds.generate(in);
                scores[i] = kind < 2 ? Double.NaN : kind == 2 ? Double.NEGATIVE_INFINITY : grid.generate(in) / 20.0;
            }
            return new Trials(values, scores, Generate.range(1, n).generate(in));
        };
    }

    /** @return "[rate: score, ...]" */
    static String show(double[] values, double[] scores) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(values[i]).append(": ").append(scores[i]);
        }
        return sb.append(']').toString();
    }

    @Override
    public String toString() {
        return "the trials " + show(values, scores) + " with keep = " + keep;
    }
}
