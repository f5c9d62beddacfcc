package nngrade.checks.support;

/** Copying and reshaping arrays for checks; nothing here is modified in place. */
public final class Inputs {

    private Inputs() {
    }

    public static double[] copy(double[] a) {
        return a.clone();
    }

    /** @return a deep copy */
    public static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    /** @return the rows of m laid end to end */
    public static double[] flatten(double[][] m) {
        int cols = m.length == 0 ? 0 : m[0].length;
        double[] f = new double[m.length * cols];
        for (int i = 0; i < m.length; i++) {
            System.arraycopy(m[i], 0, f, i * cols, cols);
        }
        return f;
    }

    /** @return the (rows x cols) matrix whose rows laid end to end are f */
    public static double[][] unflatten(double[] f, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(f, i * cols, m[i], 0, cols);
        }
        return m;
    }

    /** @return the array filled with value */
    public static double[] filled(int length, double value) {
        double[] a = new double[length];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
