package nngrade.checks.initialization;

import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/** Statistics of a sample of weights, with the bounds that a correct sample respects. */
final class Samples {

    private Samples() {
    }

    /** @return (1/n) sum w^2 */
    static double secondMoment(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v * v;
        }
        return s / w.length;
    }

    /** @return max |w| */
    static double maxAbs(double[] w) {
        double m = 0;
        for (double v : w) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /**
     * The Kolmogorov-Smirnov distance D = sup_x |F_n(x) - F(x)| between the sample's empirical
     * CDF and the law's, computed by commons-math3.
     */
    /**
     * Where the empirical distribution function of w is furthest from the law's: at w = at, a
     * share {@code sample} of the weights lies below it where the law puts {@code law}.
     */
    record Gap(double at, double sample, double law) {

        double distance() {
            return Math.abs(sample - law);
        }
    }

    /** @return the largest gap between the empirical distribution function of w and the law's (D of Kolmogorov-Smirnov) */
    static Gap largestGap(RealDistribution law, double[] w) {
        double[] sorted = w.clone();
        java.util.Arrays.sort(sorted);
        Gap worst = new Gap(0, 0, 0);
        int n = sorted.length;
        for (int i = 0; i < n; i++) {
            double f = law.cumulativeProbability(sorted[i]);
            // just below sorted[i] the empirical share is i/n, at it (i + 1)/n
            for (double share : new double[] {(double) i / n, (i + 1.0) / n}) {
                if (Math.abs(share - f) > worst.distance()) {
                    worst = new Gap(sorted[i], share, f);
                }
            }
        }
        return worst;
    }

    static double ksDistance(RealDistribution law, double[] w) {
        // The generator is only for ties and bootstrap, which D does not use; seeded anyway.
        return new KolmogorovSmirnovTest(new Well19937c(1)).kolmogorovSmirnovStatistic(law, w);
    }

    /**
     * The Dvoretzky-Kiefer-Wolfowitz inequality with Massart's constant:
     * P(D &gt; eps) &lt;= 2 exp(-2 n eps^2) for every continuous law, so D &lt;= eps with probability
     * at least 1 - delta when eps = sqrt(ln(2/delta) / (2n)).
     */
    static double ksBound(int n, double delta) {
        return Math.sqrt(Math.log(2 / delta) / (2.0 * n));
    }
}
