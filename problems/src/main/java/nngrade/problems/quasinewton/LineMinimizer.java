package nngrade.problems.quasinewton;

import java.util.function.DoubleUnaryOperator;

/**
 * ls.golden_section: minimizes a unimodal function of one variable on a bracket [a, b] by
 * golden-section search.
 *
 * <p>The bracket [lo, hi] starts as [a, b] and holds two interior points c &lt; d at the golden
 * positions c = hi - (hi - lo)/phi and d = lo + (hi - lo)/phi, phi = (1 + sqrt 5)/2. Each
 * iteration compares f(c) with f(d): if f(c) &lt; f(d) the minimizer lies in [lo, d], otherwise
 * in [c, hi]; either way the bracket shrinks by exactly 1/phi = 0.6180339887..., and one of the
 * old interior points sits at a golden position of the new bracket, so it is reused and each
 * iteration costs exactly one new evaluation of f.
 */
public interface LineMinimizer {

    /**
     * Iterates until the bracket is no wider than tol and returns a point of the final bracket.
     *
     * <p>f is evaluated only at interior points of the bracket, never at a or b: twice to start,
     * then once per iteration. With K = ceil(ln((b - a)/tol) / ln(phi)) iterations that is at
     * most K + 2 evaluations. A bracket already no wider than tol needs no iteration (K = 0 where
     * the formula gives less): any point of [a, b] is an answer, after at most 2 evaluations.
     *
     * @param f   a unimodal function on [a, b] (the grader counts every call)
     * @param a   the left end of the bracket
     * @param b   the right end of the bracket
     * @param tol the absolute tolerance on the minimizer
     * @return x in the final bracket, so in [a, b], with |x - x*| &lt;= tol, x* the minimizer of f
     *     on [a, b]
     * @throws IllegalArgumentException if a &gt;= b, tol &lt;= 0, or any of them is NaN or
     *                                  infinite
     */
    double minimize(DoubleUnaryOperator f, double a, double b, double tol);
}
