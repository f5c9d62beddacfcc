package nngrade.checks.quasinewton;

import nngrade.problems.quasinewton.LineSearch;
import nngrade.problems.quasinewton.Objective;

/**
 * The checks' own line search for non-quadratic objectives: bracket a decrease of
 * phi(alpha) = J(x + alpha d), then golden-section search on the bracket. Written here, not taken
 * from the submission, so that a minimizer's checks depend on its own problem only.
 *
 * <p>Bracketing: from alpha = 1 (the quasi-Newton step), double alpha while phi keeps falling, or
 * halve it until phi(alpha) &lt; phi(0); the bracket is then [0, 2 alpha]. The golden-section
 * search narrows it to {@value #RELATIVE_TOL} of its width: far more precise than a quasi-Newton
 * method needs, so that the minimizers behave as with an exact line search.
 */
final class GoldenLineSearch implements LineSearch {

    /** Final bracket width relative to the initial one. */
    static final double RELATIVE_TOL = 1e-10;
    /** At most this many doublings or halvings while bracketing. */
    private static final int MAX_BRACKETING = 200;
    private static final double INV_PHI = (Math.sqrt(5) - 1) / 2;

    @Override
    public double step(Objective f, double[] x, double[] d) {
        Phi phi = alpha -> f.value(plus(x, alpha, d));
        double f0 = phi.at(0);
        double alpha = 1;
        double fa = phi.at(alpha);
        if (fa < f0) {
            for (int i = 0; i < MAX_BRACKETING && phi.at(2 * alpha) < fa; i++) {
                alpha *= 2;
                fa = phi.at(alpha);
            }
        } else {
            for (int i = 0; i < MAX_BRACKETING && !(fa < f0); i++) {
                alpha /= 2;
                fa = phi.at(alpha);
            }
            if (!(fa < f0)) {
                return 0; // no decrease along d: not a descent direction
            }
        }
        return golden(phi, 0, 2 * alpha);
    }

    /** Golden-section search on [lo, hi] down to RELATIVE_TOL of its width; NaN counts as +inf. */
    private static double golden(Phi phi, double lo, double hi) {
        double tol = RELATIVE_TOL * (hi - lo);
        double c = hi - INV_PHI * (hi - lo);
        double d = lo + INV_PHI * (hi - lo);
        double fc = phi.at(c);
        double fd = phi.at(d);
        while (hi - lo > tol) {
            if (fc < fd || Double.isNaN(fd)) {
                hi = d;
                d = c;
                fd = fc;
                c = hi - INV_PHI * (hi - lo);
                fc = phi.at(c);
            } else {
                lo = c;
                c = d;
                fc = fd;
                d = lo + INV_PHI * (hi - lo);
                fd = phi.at(d);
            }
        }
        return fc < fd ? c : d;
    }

    private static double[] plus(double[] x, double alpha, double[] d) {
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = x[i] + alpha * d[i];
        }
        return y;
    }

    /** phi(alpha) = J(x + alpha d). */
    @FunctionalInterface
    private interface Phi {
        double at(double alpha);
    }
}
