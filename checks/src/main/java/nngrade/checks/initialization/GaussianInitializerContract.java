package nngrade.checks.initialization;

import nngrade.checks.support.Expect;
import org.apache.commons.math3.distribution.FDistribution;

/** A random initializer whose weights are N(0, std^2). */
public abstract class GaussianInitializerContract extends RandomInitializerContract {

    /**
     * With both samples N(0, std^2) for the same std, the ratio of their second moments
     * F = (sum a^2 / n) / (sum b^2 / m) follows the F distribution with (n, m) degrees of freedom,
     * whatever std is; F lies in [q(delta/2), q(1 - delta/2)] with probability 1 - delta.
     */
    @Override
    protected void assertSameLaw(String what, double[] submission, double[] reference, double delta) {
        double f = Samples.secondMoment(submission) / Samples.secondMoment(reference);
        FDistribution law = new FDistribution(null, submission.length, reference.length);
        double lo = law.inverseCumulativeProbability(delta / 2);
        double hi = law.inverseCumulativeProbability(1 - delta / 2);
        Expect.that(f >= lo && f <= hi, () -> what + ": your weights have variance " + Samples.secondMoment(submission)
                + ", the reference's " + Samples.secondMoment(reference) + "; their ratio " + f
                + " should lie in [" + lo + ", " + hi + "] (F test, false-failure probability " + delta + ")");
    }
}
