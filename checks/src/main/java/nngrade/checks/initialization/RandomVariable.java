package nngrade.checks.initialization;

import java.util.function.DoubleSupplier;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * A random variable for the Monte Carlo checks of Var(XY): a commons-math3 distribution to sample
 * from (seeded), with its raw moments E[X^k], k = 1..4, written out per family.
 *
 * @param name    e.g. "N(1, 2^2)"
 * @param law     the distribution, with its own seeded generator
 * @param moments E[X], E[X^2], E[X^3], E[X^4]
 */
record RandomVariable(String name, RealDistribution law, double[] moments) {

    /** N(mu, sd^2): E[X^2] = mu^2 + s^2, E[X^3] = mu^3 + 3 mu s^2, E[X^4] = mu^4 + 6 mu^2 s^2 + 3 s^4. */
    static RandomVariable normal(double mu, double sd, long seed) {
        double s2 = sd * sd;
        double[] moments = {mu, mu * mu + s2, mu * mu * mu + 3 * mu * s2,
            Math.pow(mu, 4) + 6 * mu * mu * s2 + 3 * s2 * s2};
        return new RandomVariable("N(" + mu + ", " + sd + "^2)",
                new NormalDistribution(new Well19937c(seed), mu, sd), moments);
    }

    /** U(a, b): E[X^k] = (b^(k+1) - a^(k+1)) / ((k+1)(b - a)). */
    static RandomVariable uniform(double a, double b, long seed) {
        double[] m = new double[4];
        for (int k = 1; k <= 4; k++) {
            m[k - 1] = (Math.pow(b, k + 1) - Math.pow(a, k + 1)) / ((k + 1) * (b - a));
        }
        return new RandomVariable("U(" + a + ", " + b + ")",
                new UniformRealDistribution(new Well19937c(seed), a, b), m);
    }

    /** Exponential with mean m: E[X^k] = k! m^k. */
    static RandomVariable exponential(double mean, long seed) {
        return new RandomVariable("Exp(mean " + mean + ")", new ExponentialDistribution(new Well19937c(seed), mean),
                new double[] {mean, 2 * mean * mean, 6 * Math.pow(mean, 3), 24 * Math.pow(mean, 4)});
    }

    double mean() {
        return moments[0];
    }

    double variance() {
        return moments[1] - moments[0] * moments[0];
    }

    /** @return a supplier of independent draws */
    DoubleSupplier sampler() {
        return law::sample;
    }

    @Override
    public String toString() {
        return name;
    }
}
