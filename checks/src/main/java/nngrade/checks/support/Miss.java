package nngrade.checks.support;

import java.util.Locale;

/**
 * How far a value missed, in the words every failure uses: the difference, and that difference
 * as a share of the size of the values compared. "off by 1.5e-5" says nothing until it is read
 * against values near 10 (a rounding-sized slip) or near 1e-5 (a factor of 2): the share says it.
 *
 * <p>A NaN or an infinity is not a miss by some amount: it gets its own sentence.
 */
public final class Miss {

    private Miss() {
    }

    /**
     * @param expected the value the check expected
     * @param actual   what came back; finite
     * @param scale    the size of the values compared (see {@link #scale}); 0 means |expected|, |actual|
     * @return "off by 0.22, 50% of 0.44": |expected - actual| and its share of the scale
     */
    public static String by(double expected, double actual, double scale) {
        double off = Math.abs(expected - actual);
        double size = Math.max(scale, Math.max(Math.abs(expected), Math.abs(actual)));
        return "off by " + number(off) + ", " + percent(off / size) + " of " + number(size);
    }

    /**
     * For answers that are right or wrong entry by entry (a mask, a set of rows, a count of
     * calls), the share that is wrong.
     *
     * @return "in 3 of 8 units (37.5%)"
     */
    public static String share(int wrong, int total, String things) {
        return "in " + wrong + " of " + total + " " + things + " (" + percent((double) wrong / total) + ")";
    }

    /**
     * @return "off by 0.108, 7.65% of 1.41": the Euclidean distance of two points as a share of the
     *     larger of their norms
     */
    public static String distance(double[] expected, double[] actual) {
        double d = 0;
        double e = 0;
        double a = 0;
        for (int i = 0; i < expected.length; i++) {
            d += (expected[i] - actual[i]) * (expected[i] - actual[i]);
            e += expected[i] * expected[i];
            a += actual[i] * actual[i];
        }
        double off = Math.sqrt(d);
        double size = Math.sqrt(Math.max(e, a));
        return "off by " + number(off) + ", " + percent(off / size) + " of " + number(size);
    }

    /** @return the size of a set of values: the largest finite |v| (0 if there is none) */
    public static double scale(double... values) {
        double s = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                s = Math.max(s, Math.abs(v));
            }
        }
        return s;
    }

    /** @return the size of the values of two arrays, as {@link #scale(double...)} */
    public static double scale(double[] a, double[] b) {
        return Math.max(scale(a), b == null ? 0 : scale(b));
    }

    /** @return the size of the values of two matrices, row by row, as {@link #scale(double...)} */
    public static double scale(double[][] a, double[][] b) {
        double s = 0;
        for (double[][] m : new double[][][] {a, b}) {
            for (int i = 0; m != null && i < m.length; i++) {
                s = Math.max(s, m[i] == null ? 0 : scale(m[i]));
            }
        }
        return s;
    }

    /**
     * @return for NaN or an infinity, the sentence that says what it is and where such values come
     *     from; for a finite value, an empty string
     */
    public static String nonFinite(double v) {
        if (Double.isNaN(v)) {
            return "NaN is not a number: it comes from 0/0, inf - inf, 0 * inf, or the square root or log of a"
                    + " negative number somewhere on the way.";
        }
        if (Double.isInfinite(v)) {
            return v + " is an overflow: a result beyond 1.8e308 (exp of a large argument, a square of a huge"
                    + " value) or a division by 0 somewhere on the way.";
        }
        return "";
    }

    /** @return a difference or a size with 3 significant digits: 0.22, 1.5e-5, 2.49e3 */
    public static String number(double v) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        String s = String.format(Locale.ROOT, "%.3g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return e < 0 ? mantissa : mantissa + "e" + Integer.parseInt(s.substring(e + 1));
    }

    /** @return a share as a percentage with 3 significant digits: 50%, 0.01%, 173% */
    public static String percent(double share) {
        return number(100 * share) + "%";
    }
}
