package nngrade.checks.babysitting;

import java.util.Arrays;

/**
 * A labelled data set: N examples of D inputs and their labels in [0, C).
 *
 * @param x N rows of D inputs
 * @param y N labels
 */
record Examples(double[][] x, int[] y) {

    /** @return the first n examples (the rows themselves, not copies) */
    Examples first(int n) {
        return new Examples(Arrays.copyOf(x, n), Arrays.copyOf(y, n));
    }

    /** @return N */
    int size() {
        return y.length;
    }

    /** @return a deep copy, to hand to a submission */
    Examples copy() {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i].clone();
        }
        return new Examples(c, y.clone());
    }

    /** @return max_i ||x_i|| */
    double largestNorm() {
        double m = 0;
        for (double[] row : x) {
            double s = 0;
            for (double v : row) {
                s += v * v;
            }
            m = Math.max(m, Math.sqrt(s));
        }
        return m;
    }
}
