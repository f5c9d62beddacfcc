package nngrade.reference.normalization;

/** Column access for the batch dimension of batch norm; nothing is modified. */
final class Columns {

    private Columns() {
    }

    /** @return column j of m as a new array */
    static double[] column(double[][] m, int j) {
        double[] c = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i][j];
        }
        return c;
    }

    /** @return column j of a times the scalar s, as a new array */
    static double[] scaledColumn(double[][] a, int j, double s) {
        double[] c = column(a, j);
        for (int i = 0; i < c.length; i++) {
            c[i] *= s;
        }
        return c;
    }
}
