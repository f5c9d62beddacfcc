package nngrade.reference.quasinewton;

import java.util.function.DoubleUnaryOperator;
import nngrade.problems.quasinewton.LineMinimizer;

/**
 * ls.golden_section. The notes' derivation: with interior points x2 &lt; x3 in [x1, x4], put the
 * new point so that both candidate brackets have the same width (a + c = b) and keep the spacing
 * proportional from one iteration to the next (c/a = a/b); then (b/a)^2 - b/a - 1 = 0, so
 * b/a = phi = (1 + sqrt 5)/2. Concretely the interior points of [lo, hi] are
 * c = hi - (hi - lo)/phi and d = lo + (hi - lo)/phi; after the bracket shrinks to [lo, d] the
 * old c sits at the new d (and symmetrically), because 1/phi^2 = 1 - 1/phi. So every iteration
 * shrinks the bracket by 1/phi = 0.6180339887... and costs one new evaluation of f.
 */
public class GoldenSection implements LineMinimizer {

    /** phi = (1 + sqrt 5)/2, the golden ratio. */
    static final double PHI = (1 + Math.sqrt(5)) / 2;
    /** 1/phi = phi - 1 = 0.6180339887... */
    static final double INV_PHI = PHI - 1;

    /**
     * Does K = ceil(ln((b - a)/tol)/ln(phi)) iterations, after which the bracket is (b - a)/phi^K
     * &lt;= tol wide, and returns its midpoint. Counting the iterations rather than testing the
     * width cannot loop forever when tol is below the spacing of doubles near the bracket.
     *
     * @param f   unimodal on [a, b]; called K + 2 times
     * @param a   the left end
     * @param b   the right end
     * @param tol the absolute tolerance
     * @return the midpoint of the final bracket, within tol/2 of the minimizer
     * @throws IllegalArgumentException unless a &lt; b and tol &gt; 0, all finite
     */
    @Override
    public double minimize(DoubleUnaryOperator f, double a, double b, double tol) {
        requireBracket(a, b, tol);
        int iterations = (int) Math.ceil(Math.log((b - a) / tol) / Math.log(PHI));
        double lo = a;
        double hi = b;
        if (iterations <= 0) {
            return lo + (hi - lo) / 2;
        }
        double c = hi - INV_PHI * (hi - lo);
        double d = lo + INV_PHI * (hi - lo);
        double fc = f.applyAsDouble(c);
        double fd = f.applyAsDouble(d);
        for (int k = 0; k < iterations; k++) {
            if (fc < fd) { // the minimizer is in [lo, d]; c becomes its right interior point
                hi = d;
                d = c;
                fd = fc;
                c = hi - INV_PHI * (hi - lo);
                fc = f.applyAsDouble(c);
            } else { // the minimizer is in [c, hi]; d becomes its left interior point
                lo = c;
                c = d;
                fc = fd;
                d = lo + INV_PHI * (hi - lo);
                fd = f.applyAsDouble(d);
            }
        }
        return lo + (hi - lo) / 2;
    }

    private static void requireBracket(double a, double b, double tol) {
        if (!(Double.isFinite(a) && Double.isFinite(b) && a < b)) {
            throw new IllegalArgumentException("the bracket [" + a + ", " + b
                    + "] must be finite with a < b");
        }
        if (!(Double.isFinite(tol) && tol > 0)) {
            throw new IllegalArgumentException("tol must be positive and finite, got " + tol);
        }
    }
}
