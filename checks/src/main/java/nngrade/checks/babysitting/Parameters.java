package nngrade.checks.babysitting;

import nngrade.checks.support.Expect;
import nngrade.problems.babysitting.TwoLayerParameters;

/**
 * What the checks do with a {@link TwoLayerParameters}: copy it, lay it out as one vector (W1 row
 * by row, b1, W2 row by row, b2) and back, and check that a submission returned the right shapes.
 */
final class Parameters {

    private Parameters() {
    }

    /** @return a deep copy */
    static TwoLayerParameters copy(TwoLayerParameters p) {
        return new TwoLayerParameters(copy(p.w1()), p.b1().clone(), copy(p.w2()), p.b2().clone());
    }

    static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    /** @return W1, b1, W2, b2 laid end to end */
    static double[] flatten(TwoLayerParameters p) {
        double[] v = new double[size(p)];
        int at = 0;
        for (double[] row : p.w1()) {
            at = put(v, at, row);
        }
        at = put(v, at, p.b1());
        for (double[] row : p.w2()) {
            at = put(v, at, row);
        }
        put(v, at, p.b2());
        return v;
    }

    /** @return the parameters of v, shaped like {@code like} (the inverse of flatten) */
    static TwoLayerParameters unflatten(double[] v, TwoLayerParameters like) {
        TwoLayerParameters p = copy(like);
        int at = 0;
        for (double[] row : p.w1()) {
            at = take(v, at, row);
        }
        at = take(v, at, p.b1());
        for (double[] row : p.w2()) {
            at = take(v, at, row);
        }
        take(v, at, p.b2());
        return p;
    }

    /** @return the number of parameters */
    static int size(TwoLayerParameters p) {
        return p.w1().length * p.w1()[0].length + p.b1().length + p.w2().length * p.w2()[0].length
                + p.b2().length;
    }

    /** @return "W1", "b1", "W2" or "b2" with the index of the i-th entry of the flat layout */
    static String name(TwoLayerParameters like, int i) {
        int d = like.w1()[0].length;
        int h = like.b1().length;
        int n1 = h * d;
        if (i < n1) {
            return "W1[" + i / d + "][" + i % d + "]";
        }
        if (i < n1 + h) {
            return "b1[" + (i - n1) + "]";
        }
        int n2 = n1 + h + like.w2().length * h;
        return i < n2 ? "W2[" + (i - n1 - h) / h + "][" + (i - n1 - h) % h + "]" : "b2[" + (i - n2) + "]";
    }

    /** Fails unless p is non-null and shaped like {@code like} (every array present). */
    static void requireShape(String what, TwoLayerParameters like, TwoLayerParameters p) {
        if (p != null && sameShape(like.w1(), p.w1()) && sameShape(like.w2(), p.w2()) && sameShape(like.b1(), p.b1())
                && sameShape(like.b2(), p.b2())) {
            return; // the usual case, without building messages
        }
        Expect.notNull(what, p);
        shape(what + " W1", like.w1(), p.w1());
        shape(what + " b1", like.b1(), p.b1());
        shape(what + " W2", like.w2(), p.w2());
        shape(what + " b2", like.b2(), p.b2());
    }

    private static boolean sameShape(double[][] like, double[][] m) {
        if (m == null || m.length != like.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (!sameShape(like[i], m[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameShape(double[] like, double[] v) {
        return v != null && v.length == like.length;
    }

    private static void shape(String what, double[][] like, double[][] m) {
        Expect.notNull(what, m);
        Expect.that(m.length == like.length, () -> what + ": expected " + like.length + " rows, got " + m.length);
        for (int i = 0; i < m.length; i++) {
            shape(what + " row " + i, like[i], m[i]);
        }
    }

    private static void shape(String what, double[] like, double[] v) {
        Expect.shape(what, like, v);
    }

    private static int put(double[] v, int at, double[] part) {
        System.arraycopy(part, 0, v, at, part.length);
        return at + part.length;
    }

    private static int take(double[] v, int at, double[] part) {
        System.arraycopy(v, at, part, 0, part.length);
        return at + part.length;
    }
}
