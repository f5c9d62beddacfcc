package nngrade.checks.support;

/** Shape assertions for what a submission returns, so later checks can index it safely. */
public final class Shape {

    private Shape() {
    }

    /** Fails unless m is a rows by cols matrix. */
    public static void matrix(String what, double[][] m, int rows, int cols) {
        Expect.notNull(what, m);
        if (m.length != rows) {
            throw new AssertionError(what + ": wrong shape: expected " + rows + " rows, got " + m.length);
        }
        for (int i = 0; i < rows; i++) {
            Expect.notNull(what + "[" + i + "]", m[i]);
            if (m[i].length != cols) {
                throw new AssertionError(what + ": wrong shape: expected " + cols + " columns, but row "
                        + i + " has " + m[i].length);
            }
        }
    }

    /** Fails unless v has the given length. */
    public static void vector(String what, double[] v, int length) {
        Expect.shape(what, new double[length], v);
    }

    /** Fails unless an image is channels by height by width. */
    public static void image(String what, double[][][] image, int channels, int height, int width) {
        Expect.notNull(what, image);
        if (image.length != channels) {
            throw new AssertionError(what + ": wrong shape: expected " + channels + " channels, got "
                    + image.length);
        }
        for (int c = 0; c < channels; c++) {
            matrix(what + " channel " + c, image[c], height, width);
        }
    }
}
