package nngrade.checks.support;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * The dense linear algebra the checks compute their expected values with: products written as
 * plain loops (they state the index formula), solves, inverses and Cholesky by EJML. Every method
 * returns a new array and modifies none of its arguments.
 */
public final class LinearAlgebra {

    private LinearAlgebra() {
    }

    /** @return sum_i a_i b_i */
    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** @return the Euclidean norm ||a|| */
    public static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** @return max_i |a_i| */
    public static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** @return max_ij |m_ij| */
    public static double maxAbs(double[][] m) {
        double s = 0;
        for (double[] row : m) {
            s = Math.max(s, maxAbs(row));
        }
        return s;
    }

    /** @return a + s b */
    public static double[] plusScaled(double[] a, double s, double[] b) {
        double[] c = new double[a.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = a[i] + s * b[i];
        }
        return c;
    }

    /** @return a - b */
    public static double[] minus(double[] a, double[] b) {
        return plusScaled(a, -1, b);
    }

    /** @return s a */
    public static double[] scaled(double s, double[] a) {
        return plusScaled(new double[a.length], s, a);
    }

    /** @return the vector M x, (M x)_i = sum_j m_ij x_j */
    public static double[] times(double[][] m, double[] x) {
        double[] y = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            y[i] = dot(m[i], x);
        }
        return y;
    }

    /** @return the vector of sum_j |m_ij| |x_j|: the scale of the rounding error of (M x)_i */
    public static double[] absTimes(double[][] m, double[] x) {
        double[] y = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < x.length; j++) {
                y[i] += Math.abs(m[i][j]) * Math.abs(x[j]);
            }
        }
        return y;
    }

    /** @return the matrix product A B */
    public static double[][] times(double[][] a, double[][] b) {
        int cols = b.length == 0 ? 0 : b[0].length;
        double[][] c = new double[a.length][cols];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < cols; j++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    /** @return A^T */
    public static double[][] transpose(double[][] a) {
        int cols = a.length == 0 ? 0 : a[0].length;
        double[][] t = new double[cols][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < cols; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /** @return A + s B */
    public static double[][] plusScaled(double[][] a, double s, double[][] b) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = plusScaled(a[i], s, b[i]);
        }
        return c;
    }

    /** @return the outer product u v^T */
    public static double[][] outer(double[] u, double[] v) {
        double[][] m = new double[u.length][v.length];
        for (int i = 0; i < u.length; i++) {
            for (int j = 0; j < v.length; j++) {
                m[i][j] = u[i] * v[j];
            }
        }
        return m;
    }

    /** @return the n by n identity */
    public static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    /** @return x with A x = b, by EJML's LU with partial pivoting */
    public static double[] solve(double[][] a, double[] b) {
        DMatrixRMaj x = new DMatrixRMaj(b.length, 1);
        if (!CommonOps_DDRM.solve(new DMatrixRMaj(a), new DMatrixRMaj(b.length, 1, true, b), x)) {
            throw new IllegalStateException("a check asked to solve with a singular matrix");
        }
        return x.getData().clone();
    }

    /** @return A^-1, by EJML */
    public static double[][] inverse(double[][] a) {
        DMatrixRMaj inv = new DMatrixRMaj(a);
        if (!CommonOps_DDRM.invert(inv)) {
            throw new IllegalStateException("a check asked for the inverse of a singular matrix");
        }
        return toArray(inv);
    }

    /**
     * @return whether x^T M x &gt; 0 for every x != 0, i.e. whether the symmetric part
     *     (M + M^T)/2 has a Cholesky factorization (a non-symmetric M is judged by its quadratic
     *     form, so that symmetry is a separate question)
     */
    public static boolean isPositiveDefinite(double[][] m) {
        double[][] sym = plusScaled(m, 1, transpose(m));
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(m.length, true);
        if (!chol.decompose(new DMatrixRMaj(sym))) {
            return false;
        }
        DMatrixRMaj l = chol.getT(null);
        for (int i = 0; i < m.length; i++) {
            double lii = l.get(i, i);
            if (!(lii > 0) || !Double.isFinite(lii)) {
                return false;
            }
        }
        return true;
    }

    /** @return the Frobenius condition number ||A||_F ||A^-1||_F, an upper bound of the 2-norm one */
    public static double condition(double[][] a) {
        return frobenius(a) * frobenius(inverse(a));
    }

    /** @return ||A||_F */
    public static double frobenius(double[][] a) {
        double s = 0;
        for (double[] row : a) {
            s += dot(row, row);
        }
        return Math.sqrt(s);
    }

    private static double[][] toArray(DMatrixRMaj m) {
        double[][] a = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                a[i][j] = m.get(i, j);
            }
        }
        return a;
    }
}
