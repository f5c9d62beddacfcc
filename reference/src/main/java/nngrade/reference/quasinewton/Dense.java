package nngrade.reference.quasinewton;

import org.ejml.simple.SimpleMatrix;

/**
 * The bridge between the contract's plain arrays and EJML: every conversion copies, so no EJML
 * operation can write into an array the caller handed in.
 */
final class Dense {

    private Dense() {
    }

    /** @return a new n by n matrix holding a copy of m (not modified) */
    static SimpleMatrix matrix(double[][] m) {
        return new SimpleMatrix(m);
    }

    /** @return a new n by 1 column vector holding a copy of v (not modified) */
    static SimpleMatrix column(double[] v) {
        return new SimpleMatrix(v.length, 1, true, v);
    }

    /** @return the column vector c as a new array */
    static double[] toArray(SimpleMatrix c) {
        double[] v = new double[c.getNumRows()];
        for (int i = 0; i < v.length; i++) {
            v[i] = c.get(i, 0);
        }
        return v;
    }

    /**
     * The updates of this package are symmetric in exact arithmetic, but a product such as
     * E B E^T rounds its two triangles differently; averaging with the transpose restores exact
     * symmetry without moving any entry by more than its rounding error.
     *
     * @return (m + m^T)/2 as a new array
     */
    static double[][] symmetrized(SimpleMatrix m) {
        return m.plus(m.transpose()).scale(0.5).toArray2();
    }

    /** @return a deep copy of m (not modified) */
    static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
