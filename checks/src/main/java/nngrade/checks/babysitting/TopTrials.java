package nngrade.checks.babysitting;

import java.util.ArrayList;
import java.util.List;
import nngrade.problems.babysitting.RandomSearch;
import nngrade.problems.babysitting.SearchRange;

/**
 * The coarse-to-fine step as {@link RandomSearch#narrow} specifies it, computed by the checks: the
 * range of the values of the best trials, NaN scores last, earlier trials first among equal scores.
 */
final class TopTrials {

    private TopTrials() {
    }

    /** @return [min, max] of the values of the {@code keep} best trials */
    static SearchRange range(double[] values, double[] scores, int keep) {
        List<Integer> kept = best(scores, keep);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i : kept) {
            low = Math.min(low, values[i]);
            high = Math.max(high, values[i]);
        }
        return new SearchRange(low, high);
    }

    /** @return the indices of the {@code keep} best trials, by selection: best first */
    static List<Integer> best(double[] scores, int keep) {
        List<Integer> chosen = new ArrayList<>();
        boolean[] taken = new boolean[scores.length];
        for (int r = 0; r < keep; r++) {
            int best = -1;
            for (int i = 0; i < scores.length; i++) {
                if (!taken[i] && (best < 0 || beats(scores[i], scores[best]))) {
                    best = i; // strictly better only, so the earlier of equal scores stays
                }
            }
            taken[best] = true;
            chosen.add(best);
        }
        return chosen;
    }

    /** @return whether score a ranks strictly above b: a number above NaN, a higher number above a lower */
    private static boolean beats(double a, double b) {
        return !Double.isNaN(a) && (Double.isNaN(b) || a > b);
    }
}
