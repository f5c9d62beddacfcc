package nngrade.reference;

/**
 * Argument checks shared by the reference classes. A shape mismatch is a caller's bug, so it
 * fails fast with {@link IllegalArgumentException} instead of silently reading past the shorter
 * array.
 */
public final class Shapes {

    private Shapes() {
    }

    /**
     * @param a    an array (not modified)
     * @param b    another array (not modified)
     * @param what names the pair in the message, e.g. "x and dy"
     * @throws IllegalArgumentException if the lengths differ
     */
    public static void requireSameLength(double[] a, double[] b, String what) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(what + " must have the same length, got " + a.length
                    + " and " + b.length);
        }
    }

    /**
     * @param a        an array (not modified)
     * @param expected the required length
     * @param name     names the array in the message
     * @throws IllegalArgumentException if a does not have the expected length
     */
    public static void requireLength(double[] a, int expected, String name) {
        if (a.length != expected) {
            throw new IllegalArgumentException(name + " must have length " + expected + ", got "
                    + a.length);
        }
    }

    /**
     * @param m       a matrix as an array of rows (not modified)
     * @param rows    the required number of rows
     * @param columns the required number of columns
     * @param name    names the matrix in the message
     * @throws IllegalArgumentException if m is not rows by columns
     */
    public static void requireShape(double[][] m, int rows, int columns, String name) {
        if (m.length != rows) {
            throw new IllegalArgumentException(name + " must have " + rows + " rows, got "
                    + m.length);
        }
        for (int i = 0; i < rows; i++) {
            if (m[i].length != columns) {
                throw new IllegalArgumentException(name + " must have " + columns
                        + " columns, but row " + i + " has " + m[i].length);
            }
        }
    }

    /**
     * @param m    a non-empty rectangular matrix (not modified)
     * @param name names the matrix in the message
     * @return the number of columns of m
     * @throws IllegalArgumentException if m has no row or ragged rows
     */
    public static int columns(double[][] m, String name) {
        if (m.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one row");
        }
        requireShape(m, m.length, m[0].length, name);
        return m[0].length;
    }
}
