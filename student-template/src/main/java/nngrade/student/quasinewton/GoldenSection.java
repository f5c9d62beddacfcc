package nngrade.student.quasinewton;

import java.util.function.DoubleUnaryOperator;
import nngrade.problems.NotImplementedYet;
import nngrade.problems.quasinewton.LineMinimizer;

/**
 * ls.golden_section: keep a bracket [lo, hi] (start [a, b]) with two interior points
 * c = hi - (hi - lo)/phi and d = lo + (hi - lo)/phi, phi = (1 + sqrt 5)/2. If f(c) &lt; f(d)
 * the minimizer is in [lo, d], else in [c, hi]. The bracket shrinks by 1/phi = 0.6180339887...,
 * and one old interior point is exactly at a golden position of the new bracket: reuse it and
 * its value, so that each iteration evaluates f once.
 */
public class GoldenSection implements LineMinimizer {

    /**
     * Evaluate f only at interior points: twice to start, then once per iteration, until the
     * bracket is no wider than tol; that is K = ceil(ln((b - a)/tol)/ln(phi)) iterations and at
     * most K + 2 evaluations. Return a point of the final bracket (its midpoint, say).
     *
     * @param f   unimodal on [a, b]
     * @param a   the left end
     * @param b   the right end
     * @param tol the absolute tolerance
     * @return x with |x - x*| &lt;= tol
     * @throws IllegalArgumentException if a &gt;= b, tol &lt;= 0, or any of them is NaN or
     *                                  infinite
     */
    @Override
    public double minimize(DoubleUnaryOperator f, double a, double b, double tol) {
        throw new NotImplementedYet("ls.golden_section");
    }
}
