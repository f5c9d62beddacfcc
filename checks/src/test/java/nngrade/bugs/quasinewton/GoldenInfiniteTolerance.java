package nngrade.bugs.quasinewton;

import java.util.function.DoubleUnaryOperator;
import nngrade.problems.quasinewton.LineMinimizer;

/**
 * Golden-section search, right on every finite bracket and tolerance, that checks tol &gt; 0 but
 * not that tol is finite: tol = infinity gives K = ceil(ln 0 / ln phi), fewer than no iteration,
 * and the midpoint comes back where the contract asks for IllegalArgumentException.
 */
public final class GoldenInfiniteTolerance implements LineMinimizer {

    private static final double INV_PHI = (Math.sqrt(5) - 1) / 2;

    @Override
    public double minimize(DoubleUnaryOperator f, double a, double b, double tol) {
        if (!(a < b) || !Double.isFinite(b - a) || !(tol > 0)) { // the mistake: tol = infinity passes
            throw new IllegalArgumentException("bad bracket or tolerance");
        }
        int iterations = (int) Math.ceil(Math.log((b - a) / tol) / Math.log(1 / INV_PHI));
        double lo = a;
        double hi = b;
        if (iterations > 0) {
            double c = hi - INV_PHI * (hi - lo);
            double d = lo + INV_PHI * (hi - lo);
            double fc = f.applyAsDouble(c);
            double fd = f.applyAsDouble(d);
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
        }
        return (lo + hi) / 2;
    }
}
