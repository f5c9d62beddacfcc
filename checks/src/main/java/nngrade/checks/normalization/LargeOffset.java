package nngrade.checks.normalization;

/**
 * The large-mean data of the normalization checks: small values shifted by 1e8, every one exact
 * in double (the spacing of doubles near 1e8 is 2^-26, about 1.5e-8), the mean 1e8 + 5/6 not.
 * The variance of 1e8 + (0.25, 0.5, 1.75) is that of (0.25, 0.5, 1.75), 31/72: a two-pass
 * variance (deviations first, then squares) keeps it to double precision, the one-pass
 * (1/n) sum v_k^2 - mean^2 subtracts two numbers near 1e16, whose spacing is 2, and keeps none of
 * its digits.
 */
final class LargeOffset {

    /** The common offset. */
    static final double OFFSET = 1e8;
    /**
     * The allowance for xhat: the mean rounds to a double by up to ulp(1e8)/2 = 7.5e-9, every
     * deviation v_k - mean (exact in floating point, the two being so close) carries that error,
     * and divided by the standard deviation sqrt(31/72) = 0.66 it moves xhat by up to 1.2e-8. A
     * correct two-pass implementation is that close; 1e-7 leaves room, while the one-pass variance
     * misses by far more than xhat itself (about 1).
     */
    static final double XHAT_ABS = 1e-7;
    /** Statistics of the data (not xhat) are exact but for a few roundings of O(1) values. */
    static final double REL = 1e-9;

    private LargeOffset() {
    }

    /** @return offset + small_k for every k, each exact in double for the values used here */
    static double[] shifted(double offset, double... small) {
        double[] v = new double[small.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = offset + small[k];
        }
        return v;
    }
}
