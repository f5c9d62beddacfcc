package nngrade.reference.regularization;

import java.util.Random;

/**
 * The dropout mask, drawn the way the contract fixes it so that a seed reproduces it: one
 * u_i = random.nextDouble() per unit, in index order, and unit i kept iff u_i &lt; p (so with
 * probability p, since u_i is uniform on [0, 1)).
 */
final class DropoutMask {

    private DropoutMask() {
    }

    /**
     * @param p the keep probability, in (0, 1]
     * @throws IllegalArgumentException otherwise (p = 0 would keep nothing and divide by 0)
     */
    static double requireKeepProbability(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("the keep probability p must lie in (0, 1], got " + p);
        }
        return p;
    }

    /** @return kept[i] = (random.nextDouble() &lt; p), for i = 0 .. n-1 in order */
    static boolean[] draw(int n, double p, Random random) {
        boolean[] kept = new boolean[n];
        for (int i = 0; i < n; i++) {
            kept[i] = random.nextDouble() < p;
        }
        return kept;
    }

    /**
     * @param v     a vector (not modified)
     * @param kept  the mask (not modified)
     * @param scale the factor applied to kept units
     * @return a new array: scale v_i where kept, 0 where dropped
     */
    static double[] apply(double[] v, boolean[] kept, double scale) {
        if (v.length != kept.length) {
            throw new IllegalArgumentException("the mask has length " + kept.length
                    + " but the vector has length " + v.length);
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = kept[i] ? scale * v[i] : 0;
        }
        return out;
    }
}
