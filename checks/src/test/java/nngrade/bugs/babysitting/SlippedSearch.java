package nngrade.bugs.babysitting;

import java.util.Arrays;
import java.util.Random;
import nngrade.problems.babysitting.SearchRange;
import nngrade.reference.babysitting.LogUniformSearch;

/** The random search with one slip: the mistakes of babysit.random_search. */
public final class SlippedSearch extends LogUniformSearch {

    /** The mistakes. */
    public enum Slip {
        /** low + (high - low) u: uniform in the value, not in its logarithm. */
        LINEAR_INSTEAD_OF_LOG_UNIFORM,
        /** A generator of its own (new Random()) instead of the one given. */
        IGNORES_THE_GIVEN_GENERATOR,
        /** Sorted by score ascending: the range of the worst trials. */
        KEEPS_THE_WORST_TRIALS,
        /** Sorted with Double.compare, descending: NaN counts as the highest score, so blown-up runs win. */
        NAN_SCORES_RANK_FIRST,
        /**
         * A comparator that answers "before" or "equal", never "after" (NaN handled right): a sort
         * of fewer than 32 trials asks only "before?", a larger one misorders.
         */
        COMPARATOR_NEVER_SAYS_AFTER
    }

    private final Slip slip;

    public SlippedSearch(Slip slip) {
        this.slip = slip;
    }

    @Override
    public double[] sample(double low, double high, int n, Random random) {
        Random source = slip == Slip.IGNORES_THE_GIVEN_GENERATOR ? new Random() : random;
        if (slip != Slip.LINEAR_INSTEAD_OF_LOG_UNIFORM) {
            return super.sample(low, high, n, source);
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = low + (high - low) * source.nextDouble();
        }
        return v;
    }

    @Override
    public SearchRange narrow(double[] values, double[] scores, int keep) {
        if (slip == Slip.COMPARATOR_NEVER_SAYS_AFTER) {
            return range(values, scores, keep, (a, b) -> Double.isNaN(scores[a]) || Double.isNaN(scores[b])
                    ? Boolean.compare(Double.isNaN(scores[a]), Double.isNaN(scores[b]))
                    : scores[a] > scores[b] ? -1 : 0);
        }
        if (slip != Slip.KEEPS_THE_WORST_TRIALS && slip != Slip.NAN_SCORES_RANK_FIRST) {
            return super.narrow(values, scores, keep);
        }
        if (slip == Slip.KEEPS_THE_WORST_TRIALS) {
            return range(values, scores, keep, (a, b) -> Double.compare(scores[a], scores[b]));
        }
        return range(values, scores, keep, (a, b) -> Double.compare(scores[b], scores[a]));
    }

    private static SearchRange range(double[] values, double[] scores, int keep, java.util.Comparator<Integer> ranking) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, ranking);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < keep; r++) {
            low = Math.min(low, values[order[r]]);
            high = Math.max(high, values[order[r]]);
        }
        return new SearchRange(low, high);
    }
}
