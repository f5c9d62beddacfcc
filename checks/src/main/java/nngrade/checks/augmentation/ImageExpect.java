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
