package nngrade.reference.averaging;

/**
 * The state both averages keep: a private copy of the current average S, never shared with the
 * caller, so the caller may keep changing the arrays it passes (an optimizer's parameters) and
 * receives.
 */
final class RunningVector {

    private double[] s;

    boolean isEmpty() {
        return s == null;
    }

    /** S = a copy of y. */
    void start(double[] y) {
        s = y.clone();
    }

    /**
     * S = w y + (1 - w) S, elementwise (w = 1 gives y exactly, w = 0 leaves S as it is).
     *
     * @throws IllegalArgumentException if y does not have the length of the first vector
     */
    void blend(double[] y, double w) {
        if (y.length != s.length) {
            throw new IllegalArgumentException("expected a vector of length " + s.length + ", got "
                    + y.length);
        }
        for (int i = 0; i < s.length; i++) {
            s[i] = w * y[i] + (1 - w) * s[i];
        }
    }

    /**
     * @return a copy of S
     * @throws IllegalStateException before the first vector
     */
    double[] value() {
        if (s == null) {
            throw new IllegalStateException("no value yet: update was never called");
        }
        return s.clone();
    }
}
