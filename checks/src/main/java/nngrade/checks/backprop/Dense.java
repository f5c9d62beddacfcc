package nngrade.checks.backprop;

/** Dense matrix arithmetic for the expected values of op.matvec and layer.affine. */
final class Dense {

    private Dense() {
    }

    /** @return W x */
    static double[] times(double[][] w, double[] x) {
        double[] q = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < x.length; j++) {
                q[i] += w[i][j] * x[j];
            }
        }
        return q;
    }

    /** @return W^T d */
    static double[] transposeTimes(double[][] w, double[] d) {
        double[] r = new double[w[0].length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < r.length; j++) {
                r[j] += w[i][j] * d[i];
            }
        }
        return r;
    }

    /** @return a b^T */
    static double[][] outer(double[] a, double[] b) {
        double[][] m = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                m[i][j] = a[i] * b[j];
            }
        }
        return m;
    }

    /** @return A B */
    static double[][] times(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < c[i].length; j++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    /** @return A^T */
    static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /** @return the sum of the rows of A */
    static double[] columnSums(double[][] a) {
        double[] s = new double[a[0].length];
        for (double[] row : a) {
            for (int j = 0; j < s.length; j++) {
                s[j] += row[j];
            }
        }
        return s;
    }

    /** @return max |a_ij| */
    static double maxAbs(double[][] a) {
        double m = 0;
        for (double[] row : a) {
            m = Math.max(m, maxAbs(row));
        }
        return m;
    }

    /** @return max |a_i| */
    static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /**
     * @return the size of the terms of any entry of a product of an (m x k) and a (k x n) matrix
     *     with entries up to a and b: k a b
     */
    static double productScale(int k, double a, double b) {
        return k * a * b;
    }
}
