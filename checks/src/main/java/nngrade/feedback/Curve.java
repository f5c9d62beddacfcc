package nngrade.feedback;

import java.util.Arrays;

/**
 * One line of a plot: points (x[i], y[i]), in order of x or of time.
 *
 * @param name    the legend's text, e.g. "yours" or "torch.optim.Adam"
 * @param correct whether this is the correct curve (drawn grey and dashed under the student's)
 * @param x       abscissas; not modified
 * @param y       ordinates, same length as x; not modified
 */
public record Curve(String name, boolean correct, double[] x, double[] y) {

    public Curve {
        if (x.length != y.length) {
            throw new IllegalArgumentException("a curve needs as many x as y: " + x.length + " and " + y.length);
        }
    }

    /** @return the student's curve */
    public static Curve yours(String name, double[] x, double[] y) {
        return new Curve(name, false, x, y);
    }

    /** @return the curve the student's is compared with */
    public static Curve correct(String name, double[] x, double[] y) {
        return new Curve(name, true, x, y);
    }

    /** @return how many points are not finite (NaN or infinite): they are not drawn */
    public int notFinite() {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                n++;
            }
        }
        return n;
    }

    /** @return this curve with its finite points only, at most {@code max} of them (evenly thinned) */
    Curve finite(int max) {
        double[] fx = new double[x.length];
        double[] fy = new double[y.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                fx[n] = shortened(x[i]);
                fy[n] = shortened(y[i]);
                n++;
            }
        }
        if (n <= max) {
            return new Curve(name, correct, Arrays.copyOf(fx, n), Arrays.copyOf(fy, n));
        }
        double[] tx = new double[max];
        double[] ty = new double[max];
        for (int k = 0; k < max; k++) {
            int i = (int) Math.round((double) k * (n - 1) / (max - 1));
            tx[k] = fx[i];
            ty[k] = fy[i];
        }
        return new Curve(name, correct, tx, ty);
    }

    /** @return v to 7 significant digits: a picture needs no more, and a result file stays small */
    private static double shortened(double v) {
        return v == 0 ? 0 : Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6e", v));
    }
}
