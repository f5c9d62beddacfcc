package nngrade.reference.quasinewton;

/** The few vector operations of the minimizers; each returns a new array and modifies nothing. */
final class Vectors {

    private Vectors() {
    }

    /** @return sum_i a_i b_i */
    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** @return the Euclidean norm, without overflow for large components */
    static double norm(double[] a) {
        double scale = 0;
        for (double v : a) {
            scale = Math.max(scale, Math.abs(v));
        }
        if (scale == 0 || !Double.isFinite(scale)) {
            return scale;
        }
        double s = 0;
        for (double v : a) {
            s += (v / scale) * (v / scale);
        }
        return scale * Math.sqrt(s);
    }

    /** @return a - b */
    static double[] minus(double[] a, double[] b) {
        double[] c = new double[a.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = a[i] - b[i];
        }
        return c;
    }

    /** @return x + alpha d */
    static double[] plusScaled(double[] x, double alpha, double[] d) {
        double[] c = new double[x.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = x[i] + alpha * d[i];
        }
        return c;
    }
}
