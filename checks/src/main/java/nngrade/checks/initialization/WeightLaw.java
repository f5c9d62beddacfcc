package nngrade.checks.initialization;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The distribution every weight of an initializer must follow, with the statistical tests of
 * one sample of n weights against it. Each test is given delta, the false-failure probability it
 * may spend: a correct initializer fails it with probability at most delta.
 */
sealed interface WeightLaw {

    /** @return Var(w) */
    double variance();

    /** @return the law as a commons-math3 distribution (for its CDF; never sampled) */
    RealDistribution distribution();

    /**
     * @return {lo, hi}: the sample second moment m2 = (1/n) sum w^2 lies in [lo, hi] with
     *     probability at least 1 - delta when the weights follow this law
     */
    double[] secondMomentInterval(int n, double delta);

    /** w ~ N(0, std^2). */
    record Gaussian(double std) implements WeightLaw {

        @Override
        public double variance() {
            return std * std;
        }

        @Override
        public RealDistribution distribution() {
            return new NormalDistribution((RandomGenerator) null, 0, std);
        }

        /**
         * n m2 / std^2 = sum (w/std)^2 is chi-square with n degrees of freedom (the mean is known
         * to be 0), so the interval is [q(delta/2), q(1 - delta/2)] std^2 / n with q its quantiles:
         * exact, no approximation.
         */
        @Override
        public double[] secondMomentInterval(int n, double delta) {
            ChiSquaredDistribution chi2 = new ChiSquaredDistribution(null, n);
            double scale = variance() / n;
            return new double[] {chi2.inverseCumulativeProbability(delta / 2) * scale,
                    chi2.inverseCumulativeProbability(1 - delta / 2) * scale};
        }

        @Override
        public String toString() {
            return "N(0, std^2) with std = " + std;
        }
    }

    /** w ~ U(-bound, bound), Var(w) = bound^2 / 3. */
    record Uniform(double bound) implements WeightLaw {

        @Override
        public double variance() {
            return bound * bound / 3;
        }

        @Override
        public RealDistribution distribution() {
            return new UniformRealDistribution(null, -bound, bound);
        }

        /**
         * w^2 lies in [0, bound^2], so by Hoeffding's inequality
         * P(|m2 - bound^2/3| &gt;= t) &lt;= 2 exp(-2 n t^2 / bound^4); t = bound^2 sqrt(ln(2/delta) / (2n)).
         */
        @Override
        public double[] secondMomentInterval(int n, double delta) {
            double t = bound * bound * Math.sqrt(Math.log(2 / delta) / (2.0 * n));
            return new double[] {variance() - t, variance() + t};
        }

        @Override
        public String toString() {
            return "U(-bound, bound) with bound = " + bound;
        }
    }
}
