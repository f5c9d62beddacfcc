package nngrade.checks.initialization;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The exact law of Z = XY for independent X and Y, as far as the checks need it: E[Z^k] =
 * E[X^k] E[Y^k], hence Var(Z) and its fourth central moment mu4, and the acceptance half-width of
 * a sample variance of n draws of Z.
 */
final class ProductOfIndependents {

    private final double[] m = new double[4];

    ProductOfIndependents(RandomVariable x, RandomVariable y) {
        for (int k = 0; k < 4; k++) {
            m[k] = x.moments()[k] * y.moments()[k];
        }
    }

    /** @return Var(Z) = E[Z^2] - E[Z]^2, independently of the formula under test */
    double variance() {
        return m[1] - m[0] * m[0];
    }

    /** @return mu4 = E[(Z - EZ)^4] = m4 - 4 m1 m3 + 6 m1^2 m2 - 3 m1^4 */
    double fourthCentralMoment() {
        return m[3] - 4 * m[0] * m[2] + 6 * m[0] * m[0] * m[1] - 3 * Math.pow(m[0], 4);
    }

    /**
     * The sample variance s^2 of n draws has mean Var(Z) and variance
     * (mu4 - Var(Z)^2 (n - 3)/(n - 1)) / n; by the central limit theorem it is nearly normal for
     * n in the hundreds of thousands, so |s^2 - Var(Z)| &lt;= z sqrt(that) except with probability
     * delta, z the 1 - delta/2 quantile of N(0, 1) (a normal approximation: the one assumption of
     * this bound).
     */
    double halfWidth(int n, double delta) {
        double v = variance();
        double varOfS2 = (fourthCentralMoment() - v * v * (n - 3.0) / (n - 1.0)) / n;
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - delta / 2);
        return z * Math.sqrt(varOfS2);
    }
}
