package nngrade.checks.augmentation;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.DataGens;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Raises;
import nngrade.checks.support.Shape;
import nngrade.problems.augmentation.ImageTransform;
import org.junit.jupiter.api.Test;

/** aug.hflip: out[c][i][j] = image[c][i][W - 1 - j]; flipping twice gives the image back. */
@ProblemId("aug.hflip")
class HorizontalFlipChecks {

    private static ImageTransform subject() {
        return Subjects.submission().horizontalFlip();
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void reversesTheColumnsOfEveryRowOfEveryChannel() {
        qt().forAll(DataGens.images(1, 6, 0, 1)).checkAssert(image -> {
            int h = image[0].length;
            int w = image[0][0].length;
            double[][][] given = DataGens.copy(image);
            double[][][] out = subject().apply(given);
            Shape.image("the flipped image", out, image.length, h, w);
            ImageExpect.sharesNoArrays("the flipped image", given, out);
            for (int c = 0; c < image.length; c++) {
                for (int i = 0; i < h; i++) {
                    for (int j = 0; j < w; j++) {
                        Expect.near("channel " + c + ", row " + i + ", column " + j + ": image[c][i][W - 1 - j]",
                                image[c][i][w - 1 - j], out[c][i][j], 0, 0);
                    }
                }
            }
        });
    }

    @Test
    @Weight(2)
    void flippingTwiceGivesTheImageBack() {
        qt().forAll(DataGens.images(1, 6, 0, 1)).checkAssert(image -> {
            ImageTransform flip = subject();
            double[][][] twice = flip.apply(flip.apply(image));
            Shape.image("the image flipped twice", twice, image.length, image[0].length, image[0][0].length);
            for (int c = 0; c < image.length; c++) {
                Expect.near("channel " + c + " flipped twice", image[c], twice[c], 0, 0);
            }
        });
    }

    /** The contract's shape rule: channels of one height, rows of one width, else IllegalArgumentException. */
    @Test
    @Weight(1)
    void rejectsChannelsOfUnequalHeightsAndRowsOfUnequalWidths() {
        Raises.that("an image whose second row has 1 pixel and first 2", IllegalArgumentException.class,
                () -> subject().apply(new double[][][] {{{0.1, 0.2}, {0.3}}}));
        Raises.that("an image whose second channel has 1 row and first 2", IllegalArgumentException.class,
                () -> subject().apply(new double[][][] {{{0.1, 0.2}, {0.3, 0.4}}, {{0.5, 0.6}}}));
    }

    /** The contract's empty images: no channel, or channels of no row, come back in the same shape. */
    @Test
    @Weight(1)
    void anImageWithoutChannelsOrRowsKeepsItsShape() {
        double[][][] none = subject().apply(new double[0][][]);
        Expect.notNull("the flip of an image of no channel", none);
        Expect.that(none.length == 0,
                () -> "the flip of an image of no channel must have no channel, got " + none.length);
        Shape.image("the flip of 2 channels of no row", subject().apply(new double[2][0][]), 2, 0, 0);
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInput() {
        qt().forAll(DataGens.images(1, 6, 0, 1)).checkAssert(image -> {
            double[][][] before = DataGens.copy(image);
            subject().apply(image);
            ImageExpect.unchanged(before, image);
        });
    }

    @Test
    @Weight(1)
    @NeedsReference
    void agreesWithTheReference() {
        qt().forAll(DataGens.images(1, 6, 0, 1)).checkAssert(image ->
                ImageExpect.same("the flipped image", Subjects.reference().horizontalFlip().apply(image),
                        subject().apply(image)));
    }
}
