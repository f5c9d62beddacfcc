package nngrade.checks.support;

/**
 * Agreement for results that are sums of terms larger than the result itself (a dot product, a
 * log-sum-exp minus a logit). Two correct implementations that add in a different order differ by
 * a few ulps of the largest term, not of the result, so the absolute floor of
 * {@link Tolerance#AGREEMENT_ABS} grows by {@link Tolerance#AGREEMENT_REL} times the size of the
 * terms. A realistic bug (a transpose, a missing factor, a wrong sign) is off by the size of the
 * terms themselves, nine orders of magnitude more.
 */
public final class ScaledAgreement {

    private ScaledAgreement() {
    }

    /** @return the absolute tolerance for a sum whose terms have magnitude up to termScale */
    public static double floor(double termScale) {
        return Tolerance.AGREEMENT_ABS + Tolerance.AGREEMENT_REL * termScale;
    }

    public static void agrees(String what, double expected, double actual, double termScale) {
        Expect.near(what, expected, actual, Tolerance.AGREEMENT_REL, floor(termScale));
    }

    public static void agrees(String what, double[] expected, double[] actual, double termScale) {
        Expect.near(what, expected, actual, Tolerance.AGREEMENT_REL, floor(termScale));
    }

    public static void agrees(String what, double[][] expected, double[][] actual, double termScale) {
        Expect.near(what, expected, actual, Tolerance.AGREEMENT_REL, floor(termScale));
    }
}
