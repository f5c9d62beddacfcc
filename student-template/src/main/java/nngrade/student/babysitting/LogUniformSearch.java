package nngrade.student.babysitting;

import java.util.Random;
import nngrade.problems.NotImplementedYet;
import nngrade.problems.babysitting.RandomSearch;
import nngrade.problems.babysitting.SearchRange;

/**
 * babysit.random_search: random search in log space ("note it's best to optimize in log space")
 * and the coarse-to-fine step.
 */
public class LogUniformSearch implements RandomSearch {

    /**
     * n samples v = exp(u), u uniform on [ln low, ln high]: every decade gets the same share. Draw
     * from {@code random} only (u = ln low + (ln high - ln low) random.nextDouble(), say), and make
     * sure every value lies in [low, high].
     *
     * @return a new array of n values
     */
    @Override
    public double[] sample(double low, double high, int n, Random random) {
        throw new NotImplementedYet("babysit.random_search");
    }

    /**
     * Coarse to fine: [min, max] of the values of the {@code keep} trials with the highest scores.
     * A NaN score ranks below every number (the run blew up); between equal scores the earlier
     * trial ranks first.
     *
     * @param values each trial's hyperparameter (do not modify)
     * @param scores each trial's score, higher is better (do not modify)
     * @param keep   how many of the best trials to keep
     * @return the new range
     */
    @Override
    public SearchRange narrow(double[] values, double[] scores, int keep) {
        throw new NotImplementedYet("babysit.random_search");
    }
}
