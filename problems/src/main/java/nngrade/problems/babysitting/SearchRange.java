package nngrade.problems.babysitting;

/**
 * A range [low, high] of a positive hyperparameter (a learning rate, a regularization strength),
 * searched in log space.
 *
 * @param low  the lower end, &gt; 0
 * @param high the upper end, &gt;= low
 */
public record SearchRange(double low, double high) {
}
