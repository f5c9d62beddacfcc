package nngrade.checks.initialization;

import java.util.List;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import org.junit.jupiter.api.Test;

/** A random initializer whose weights are U(-bound, bound): the bound itself is checked too. */
public abstract class UniformInitializerContract extends RandomInitializerContract {

    /** Relative slack on the bound: rounding of a bound computed another way (sqrt(3) std). */
    static final double BOUND_ROUNDING = 1e-12;

    private static double bound(InitCase c) {
        return ((WeightLaw.Uniform) c.law()).bound();
    }

    @Test
    @Weight(1)
    void everyWeightLiesWithinTheBound() {
        List<InitCase> cases = cases();
        for (int k = 0; k < cases.size(); k++) {
            InitCase c = cases.get(k);
            double[] w = sample(c, 400 + k);
            double max = Samples.maxAbs(w);
            Expect.that(max <= bound(c) * (1 + BOUND_ROUNDING), () -> c.setup() + ": a weight of magnitude " + max
                    + " lies outside (-bound, bound) with bound = " + bound(c) + " (" + c.source() + ")");
        }
    }

    /**
     * All n weights of U(-b, b) stay below b (1 - eps) in magnitude with probability (1 - eps)^n;
     * eps = 1 - delta^(1/n) makes that delta.
     */
    @Test
    @Weight(1)
    void theLargestWeightsReachTheBound() {
        List<InitCase> cases = cases();
        for (int k = 0; k < cases.size(); k++) {
            InitCase c = cases.get(k);
            double[] w = sample(c, 500 + k);
            double eps = -Math.expm1(Math.log(deltaPerCase()) / w.length);
            double max = Samples.maxAbs(w);
            Expect.that(max >= bound(c) * (1 - eps), () -> c.setup() + ": the largest of " + w.length
                    + " weights has magnitude " + max + ", but with bound = " + bound(c) + " (" + c.source()
                    + ") it exceeds " + bound(c) * (1 - eps) + " except with probability " + deltaPerCase()
                    + "; is the bound too small?");
        }
    }

    /**
     * Both samples from U(-b, b): each maximum |w| lies in [b (1 - eps), b] except with
     * probability delta/2 (eps as in theLargestWeightsReachTheBound), so their ratio lies in
     * [1 - eps_n, 1/(1 - eps_m)].
     */
    @Override
    protected void assertSameLaw(String what, double[] submission, double[] reference, double delta) {
        double epsN = -Math.expm1(Math.log(delta / 2) / submission.length);
        double epsM = -Math.expm1(Math.log(delta / 2) / reference.length);
        double ratio = Samples.maxAbs(submission) / Samples.maxAbs(reference);
        Expect.that(ratio >= 1 - epsN && ratio <= 1 / (1 - epsM), () -> what + ": your largest |w| is "
                + Samples.maxAbs(submission) + ", the reference's " + Samples.maxAbs(reference)
                + "; their ratio " + ratio + " should lie in [" + (1 - epsN) + ", " + 1 / (1 - epsM)
                + "] (both maxima near the same bound; false-failure probability " + delta + ")");
    }
}
