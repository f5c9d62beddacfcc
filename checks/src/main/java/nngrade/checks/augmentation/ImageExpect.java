package nngrade.checks.augmentation;

import java.util.Arrays;
import nngrade.checks.support.DataGens;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Shape;

/** Comparisons of whole images for the augmentation checks. */
final class ImageExpect {

    private ImageExpect() {
    }

    /** Fails unless actual has expected's shape and values, within the agreement tolerance. */
    static void same(String what, double[][][] expected, double[][][] actual) {
        Shape.image(what, actual, expected.length, expected[0].length, expected[0][0].length);
        for (int c = 0; c < expected.length; c++) {
            Expect.agrees(what + ", channel " + c, expected[c], actual[c]);
        }
    }

    /**
     * Fails if the output is the input image, or holds one of its channels or rows: the contract
     * asks for a new image, and a caller that writes into the output would change its input. A
     * crop as large as the image, or rows kept whole, is where a shortcut hands them back.
     */
    static void sharesNoArrays(String what, double[][][] input, double[][][] output) {
        Expect.that(output != input, () -> what + " is the input image itself; the contract asks for a new image");
        for (double[][] channel : output) {
            for (int c = 0; c < input.length; c++) {
                int ch = c;
                Expect.that(channel != input[c], () -> what + " holds channel " + ch + " of the input itself;"
                        + " the contract asks for a new image");
                for (double[] row : channel) {
                    for (int r = 0; r < input[c].length; r++) {
                        int at = r;
                        Expect.that(row != input[c][r], () -> what + " holds row " + at + " of channel " + ch
                                + " of the input itself; the contract asks for a new image");
                    }
                }
            }
        }
    }

    /** Fails if an input image changed during a call. */
    static void unchanged(double[][][] before, double[][][] after) {
        if (!Arrays.deepEquals(before, after)) {
            for (int c = 0; c < before.length; c++) {
                if (!Arrays.deepEquals(before[c], after[c])) {
                    Expect.unchanged("image channel " + c, before[c], after[c]);
                }
            }
            throw new AssertionError("the implementation modified its input image: before " + DataGens.show(before)
                    + ", after " + DataGens.show(after));
        }
    }
}
