package nngrade.reference.babysitting;

import java.util.Arrays;
import java.util.Random;
import nngrade.problems.babysitting.RandomSearch;
import nngrade.problems.babysitting.SearchRange;

/**
 * babysit.random_search: "optimize in log space", v = exp(u) with u uniform on [ln low, ln high];
 * and coarse to fine, the range of the best trials.
 */
public class LogUniformSearch implements RandomSearch {

    @Override
    public double[] sample(double low, double high, int n, Random random) {
        double logLow = Math.log(low);
        double logHigh = Math.log(high);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double u = logLow + (logHigh - logLow) * random.nextDouble();
            v[i] = Math.min(high, Math.max(low, Math.exp(u))); // exp(log x) may round past the ends
        }
        return v;
    }

    @Override
    public SearchRange narrow(double[] values, double[] scores, int keep) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> better(scores[a], scores[b])); // stable: earlier first among equals
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < keep; r++) {
            low = Math.min(low, values[order[r]]);
            high = Math.max(high, values[order[r]]);
        }
        return new SearchRange(low, high);
    }

    /** Higher scores first; NaN (a run that blew up) after every number, -infinity included. */
    private static int better(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Boolean.compare(Double.isNaN(a), Double.isNaN(b));
        }
        return a > b ? -1 : a < b ? 1 : 0; // 0.0 and -0.0 are equal scores
    }
}
