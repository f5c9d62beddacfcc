package nngrade.problems.quasinewton;

/** A smooth function J to minimize, with its gradient. The grader counts every call. */
public interface Objective {

    /** @param x the point, length n (not modified). @return J(x) */
    double value(double[] x);

    /** @param x the point, length n (not modified). @return a new array grad J(x), length n */
    double[] gradient(double[] x);
}
