package nngrade.problems.babysitting;

import java.util.Random;

/**
 * babysit.random_search: the notes' hyperparameter optimization. "Random search vs. grid search"
 * (Bergstra and Bengio, 2012): draw every trial's hyperparameters at random rather than on a
 * grid, and "it's best to optimize in log space" ({@code reg = 10 ** uniform(-5, 5)}). Then
 * "coarse -&gt; fine cross-validation in stages": a first stage of short runs over a wide range,
 * then a finer search over the range where the best results were.
 */
public interface RandomSearch {

    /**
     * Log-uniform samples: v = exp(u) with u uniform on [ln low, ln high], so that every decade of
     * the range gets the same share of the trials: P(v &lt;= t) = ln(t/low) / ln(high/low).
     *
     * @param low    the lower end, &gt; 0
     * @param high   the upper end, &gt; low
     * @param n      how many samples, &gt;= 0
     * @param random the only source of randomness (e.g. u from {@code random.nextDouble()}); the
     *               same generator state gives the same samples
     * @return a new array of n values in [low, high]
     */
    double[] sample(double low, double high, int n, Random random);

    /**
     * One coarse-to-fine step: the new range is the smallest one that holds the values of the
     * {@code keep} best trials, [min, max] of those values. A trial is better when its score is
     * higher (a validation accuracy); a NaN score (a run that blew up) ranks below every number,
     * and between equal scores the earlier trial ranks first.
     *
     * @param values the hyperparameter value of each trial, each &gt; 0 (not modified)
     * @param scores the score of each trial, same length (not modified)
     * @param keep   how many of the best trials the new range must hold, 1 &lt;= keep &lt;=
     *               values.length
     * @return the new range
     */
    SearchRange narrow(double[] values, double[] scores, int keep);
}
