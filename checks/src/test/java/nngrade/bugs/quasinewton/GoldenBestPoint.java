package nngrade.bugs.quasinewton;

import java.util.function.DoubleUnaryOperator;
import nngrade.problems.quasinewton.LineMinimizer;

/**
 * Golden-section search, right in every bracket and evaluation, that returns the best point it
 * evaluated instead of a point of the final bracket. Golden section keeps its best point inside
 * the bracket, so that is an answer whenever it iterates; a bracket already no wider than tol
 * needs no evaluation, and then there is no best point: it returns NaN.
 */
public final class GoldenBestPoint implements LineMinimizer {

    private static final double INV_PHI = (Math.sqrt(5) - 1) / 2;

    @Override
    public double minimize(DoubleUnaryOperator f, double a, double b, double tol) {
        if (!(a < b) || !(tol > 0) || !Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(tol)) {
            throw new IllegalArgumentException("bad bracket or tolerance");
        }
        double lo = a;
        double hi = b;
        if (hi - lo <= tol) {
            return Double.NaN; // the mistake: nothing was evaluated, so there is no best point
        }
        double c = hi - INV_PHI * (hi - lo);
        double d = lo + INV_PHI * (hi - lo);
        double fc = f.applyAsDouble(c);
        double fd = f.applyAsDouble(d);
        int iterations = (int) Math.ceil(Math.log((b - a) / tol) / Math.log(1 / INV_PHI));
        for (int k = 0; k < iterations; k++) {
            if (fc < fd) {
                hi = d;
                d = c;
                fd = fc;
                c = hi - INV_PHI * (hi - lo);
                fc = f.applyAsDouble(c);
            } else {
                lo = c;
                c = d;
                fc = fd;
                d = lo + INV_PHI * (hi - lo);
                fd = f.applyAsDouble(d);
            }
        }
        return fc < fd ? c : d; // the best point evaluated: each iteration keeps it inside
    }
}
