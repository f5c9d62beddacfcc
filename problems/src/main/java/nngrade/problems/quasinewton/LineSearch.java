package nngrade.problems.quasinewton;

/**
 * Step 2 of a quasi-Newton iteration: picks the step length alpha along a search direction d, so
 * that theta_{k+1} = theta_k + alpha d. A minimizer takes its line search as an input: the
 * grader hands in its own (a golden-section search along d, or the exact line search of a
 * quadratic) and watches every direction it is given.
 */
@FunctionalInterface
public interface LineSearch {

    /**
     * @param f the objective
     * @param x the current point theta_k (not modified)
     * @param d the search direction d_k (not modified)
     * @return the step alpha &gt;= 0
     */
    double step(Objective f, double[] x, double[] d);
}
