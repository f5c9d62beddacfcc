package nngrade.reference;

/**
 * The few dense products the layers need, written as plain loops (the matrices of this course
 * are small, and a loop states the index formula it implements). Every method returns a new
 * array and modifies none of its arguments. Shapes are the caller's to check (see
 * {@link Shapes}); output sizes are passed in explicitly so that a batch of zero rows still
 * yields correctly shaped gradients.
 */
public final class Matrices {

    private Matrices() {
    }

    /**
     * C = A B, c_ij = sum_k a_ik b_kj.
     *
     * @param a       n by k (not modified)
     * @param b       k by m (not modified)
     * @param columns m, the number of columns of C
     * @return C, n by m
     */
    public static double[][] multiply(double[][] a, double[][] b, int columns) {
        double[][] c = new double[a.length][columns];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                double aik = a[i][k];
                for (int j = 0; j < columns; j++) {
                    c[i][j] += aik * b[k][j];
                }
            }
        }
        return c;
    }

    /**
     * C = A B^T, c_ij = sum_k a_ik b_jk.
     *
     * @param a       n by k (not modified)
     * @param b       m by k (not modified)
     * @param columns m, the number of columns of C (= rows of b)
     * @return C, n by m
     */
    public static double[][] multiplyTransposed(double[][] a, double[][] b, int columns) {
        double[][] c = new double[a.length][columns];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < columns; j++) {
                c[i][j] = dot(a[i], b[j]);
            }
        }
        return c;
    }

    /**
     * C = A^T B, c_ij = sum_k a_ki b_kj: the weight gradient X^T dY of a layer, summed over the
     * rows k of a batch.
     *
     * @param a    k by n (not modified)
     * @param b    k by m (not modified)
     * @param rows n, the number of rows of C (= columns of a)
     * @param columns m, the number of columns of C (= columns of b)
     * @return C, n by m
     */
    public static double[][] transposeMultiply(double[][] a, double[][] b, int rows, int columns) {
        double[][] c = new double[rows][columns];
        for (int k = 0; k < a.length; k++) {
            for (int i = 0; i < rows; i++) {
                double aki = a[k][i];
                for (int j = 0; j < columns; j++) {
                    c[i][j] += aki * b[k][j];
                }
            }
        }
        return c;
    }

    /**
     * @param a       n by m (not modified)
     * @param columns m
     * @return the column sums of a (the gradient of a bias added to every row)
     */
    public static double[] columnSums(double[][] a, int columns) {
        double[] s = new double[columns];
        for (double[] row : a) {
            for (int j = 0; j < columns; j++) {
                s[j] += row[j];
            }
        }
        return s;
    }

    /**
     * Adds v to every row of a, in place: only for arrays the caller has just created.
     *
     * @param a n by m (modified)
     * @param v length m (not modified)
     */
    public static void addToEveryRow(double[][] a, double[] v) {
        for (double[] row : a) {
            for (int j = 0; j < v.length; j++) {
                row[j] += v[j];
            }
        }
    }

    /**
     * @param a a vector (not modified)
     * @param b a vector of the same length (not modified)
     * @return sum_k a_k b_k
     */
    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
