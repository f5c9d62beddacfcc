package nngrade.bugs.quasinewton;

import java.util.function.DoubleUnaryOperator;
import nngrade.problems.quasinewton.LineMinimizer;

/**
 * Golden-section search as a student writes it, with the ratio and the reuse of the kept interior
 * point as parameters: (1/phi, true) is right; 0.618 or no reuse are the mistakes.
 */
public final class Golden implements LineMinimizer {

    public static final double INV_PHI = (Math.sqrt(5) - 1) / 2;

    private final double ratio;
    private final boolean reuse;

    public Golden(double ratio, boolean reuse) {
        this.ratio = ratio;
        this.reuse = reuse;
    }

    @Override
    public double minimize(DoubleUnaryOperator f, double a, double b, double tol) {
        if (!(a < b) || !(tol > 0) || !Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(tol)) {
            throw new IllegalArgumentException("bad bracket or tolerance");
        }
        double lo = a;
        double hi = b;
        double c = hi - ratio * (hi - lo);
        double d = lo + ratio * (hi - lo);
        double fc = f.applyAsDouble(c);
        double fd = f.applyAsDouble(d);
        while (hi - lo > tol) {
            if (fc < fd) {
                hi = d;
                if (reuse) {
                    d = c;
                    fd = fc;
                } else {
                    d = lo + ratio * (hi - lo);
                    fd = f.applyAsDouble(d);
                }
                c = hi - ratio * (hi - lo);
                fc = f.applyAsDouble(c);
            } else {
                lo = c;
                if (reuse) {
                    c = d;
                    fc = fd;
                } else {
                    c = hi - ratio * (hi - lo);
                    fc = f.applyAsDouble(c);
                }
                d = lo + ratio * (hi - lo);
                fd = f.applyAsDouble(d);
            }
        }
        return (lo + hi) / 2;
    }
}
