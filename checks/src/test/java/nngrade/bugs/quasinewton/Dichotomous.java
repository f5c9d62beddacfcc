package nngrade.bugs.quasinewton;

import java.util.function.DoubleUnaryOperator;
import nngrade.problems.quasinewton.LineMinimizer;

/**
 * "Golden section" with ratio 1/2: evaluate f on both sides of the midpoint and keep the better
 * half. It finds the minimizer, but the bracket shrinks by about 1/2 per iteration at the cost of
 * two evaluations, not by 1/phi at the cost of one.
 */
public final class Dichotomous implements LineMinimizer {

    @Override
    public double minimize(DoubleUnaryOperator f, double a, double b, double tol) {
        if (!(a < b) || !(tol > 0) || !Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(tol)) {
            throw new IllegalArgumentException("bad bracket or tolerance");
        }
        double lo = a;
        double hi = b;
        double delta = tol / 4;
        while (hi - lo > tol) {
            double m = lo + (hi - lo) / 2;
            if (f.applyAsDouble(m - delta) < f.applyAsDouble(m + delta)) {
                hi = m + delta;
            } else {
                lo = m - delta;
            }
        }
        return (lo + hi) / 2;
    }
}
