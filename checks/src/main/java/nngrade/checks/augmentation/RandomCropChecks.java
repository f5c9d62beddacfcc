package nngrade.checks.augmentation;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.Random;
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
import nngrade.problems.augmentation.RandomImageTransform;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * aug.crop, torchvision's RandomCrop: a height by width window at top = random.nextInt(H - h + 1),
 * then left = random.nextInt(W - w + 1), the same place in every channel.
 */
@ProblemId("aug.crop")
class RandomCropChecks {

    /** The false-failure probability of the uniformity check. */
    private static final double FALSE_FAILURE = 1e-6;
    /** Crops drawn by the uniformity check: 500 expected per position, where chi-square is exact enough. */
    private static final int DRAWS = 6000;
    private static final long STATISTICS_SEED = 0xc0ffeeL;

    /** An image and a window that fits in it. */
    record Case(double[][][] image, int height, int width, long seed) {
        @Override
        public String toString() {
            return "a " + height + " by " + width + " crop of " + DataGens.show(image) + " with seed " + seed;
        }
    }

    /** @return images 1 to 6 pixels a side with every window size that fits, full size included */
    static Gen<Case> cases() {
        Gen<Double> fraction = nngrade.checks.support.Gens.between(0, 1);
        Gen<Case> gen = in -> {
            double[][][] image = DataGens.images(1, 6, 0, 1).generate(in);
            int h = 1 + (int) Math.floor(fraction.generate(in) * image[0].length * 0.999999);
            int w = 1 + (int) Math.floor(fraction.generate(in) * image[0][0].length * 0.999999);
            boolean full = Generate.range(0, 4).generate(in) == 0;
            return new Case(image, full ? image[0].length : h, full ? image[0][0].length : w,
                    DataGens.seeds().generate(in));
        };
        return gen.describedAs(Case::toString);
    }

    private static RandomImageTransform subject(int height, int width) {
        return Subjects.submission().randomCrop(height, width);
    }

    @Test
    @Weight(2)
    void hasTheRequestedSizeInEveryChannel() {
        qt().forAll(cases()).checkAssert(c -> Shape.image("the crop", subject(c.height(), c.width())
                .apply(c.image(), new Random(c.seed())), c.image().length, c.height(), c.width()));
    }

    @Test
    @Weight(2)
    void liesInsideTheImageAtTheSamePlaceInEveryChannel() {
        qt().forAll(cases()).checkAssert(c -> {
            double[][][] out = subject(c.height(), c.width()).apply(c.image(), new Random(c.seed()));
            Shape.image("the crop", out, c.image().length, c.height(), c.width());
            Expect.that(windowAt(c.image(), out) != null, () -> "the crop " + DataGens.show(out)
                    + " is not a window of the image (the same rows and columns of every channel)");
        });
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void drawsTheTopThenTheLeftCornerWithNextInt() {
        qt().forAll(cases()).checkAssert(c -> {
            Random r = new Random(c.seed());
            int top = r.nextInt(c.image()[0].length - c.height() + 1);
            int left = r.nextInt(c.image()[0][0].length - c.width() + 1);
            double[][][] given = DataGens.copy(c.image());
            double[][][] out = subject(c.height(), c.width()).apply(given, new Random(c.seed()));
            ImageExpect.same("the crop at top = random.nextInt(H - h + 1) = " + top + ", then left = random.nextInt(W - w + 1) = "
                    + left, window(c.image(), top, left, c.height(), c.width()), out);
            ImageExpect.sharesNoArrays("the crop", given, out);
        });
    }

    @Test
    @Weight(2)
    void everyPositionOfTheWindowIsEquallyLikely() {
        // A 5 by 6 image, 3 by 3 crops: 3 x 4 = 12 positions, each with probability 1/12.
        double[][][] image = new double[1][5][6];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 6; j++) {
                image[0][i][j] = 10 * i + j; // distinct pixels: the top-left pixel names the position
            }
        }
        RandomImageTransform crop = subject(3, 3);
        Random random = new Random(STATISTICS_SEED);
        long[] counts = new long[12];
        for (int m = 0; m < DRAWS; m++) {
            double[][][] out = crop.apply(image, random);
            Shape.image("the crop", out, 1, 3, 3);
            int top = (int) out[0][0][0] / 10;
            int left = (int) out[0][0][0] % 10;
            Expect.that(top <= 2 && left <= 3,
                    () -> "a 3 by 3 crop of a 5 by 6 image starts at row " + top + ", column " + left);
            counts[4 * top + left]++;
        }
        double[] expected = new double[12];
        java.util.Arrays.fill(expected, DRAWS / 12.0);
        // Pearson's chi-square test of the 12 counts against the uniform distribution (11 degrees
        // of freedom): rejected when its p-value is below 1e-6, so a uniform crop fails with
        // probability 1e-6 for a random seed; the seed is fixed, so the result is deterministic.
        double pValue = new ChiSquareTest().chiSquareTest(expected, counts);
        Expect.that(pValue >= FALSE_FAILURE,
                () -> "the 12 window positions of a 3 by 3 crop of a 5 by 6 image were drawn "
                + java.util.Arrays.toString(counts) + " times in " + DRAWS + " crops: not uniform (chi-square p-value "
                + pValue + " < 1e-6)");
    }

    @Test
    @Weight(1)
    void aWindowOfTheWholeImageIsTheImageAndOneTooLargeIsRejected() {
        double[][][] image = {{{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}}};
        ImageExpect.same("a 2 by 3 crop of a 2 by 3 image", image, subject(2, 3).apply(image, new Random(3)));
        Raises.that("a 3 by 3 crop of a 2 by 3 image", IllegalArgumentException.class,
                () -> subject(3, 3).apply(image, new Random(3)));
        Raises.that("a 2 by 4 crop of a 2 by 3 image", IllegalArgumentException.class,
                () -> subject(2, 4).apply(image, new Random(3)));
        Raises.that("a 0 by 2 crop", IllegalArgumentException.class,
                () -> subject(0, 2).apply(image, new Random(3)));
        Raises.that("a 2 by 0 crop", IllegalArgumentException.class,
                () -> subject(2, 0).apply(image, new Random(3)));
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInput() {
        qt().forAll(cases()).checkAssert(c -> {
            double[][][] before = DataGens.copy(c.image());
            subject(c.height(), c.width()).apply(c.image(), new Random(c.seed()));
            ImageExpect.unchanged(before, c.image());
        });
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        qt().forAll(cases()).checkAssert(c -> ImageExpect.same("the crop (same seed)",
                Subjects.reference().randomCrop(c.height(), c.width()).apply(c.image(), new Random(c.seed())),
                subject(c.height(), c.width()).apply(c.image(), new Random(c.seed()))));
    }

    /** @return the window at (top, left), as a new image */
    private static double[][][] window(double[][][] image, int top, int left, int h, int w) {
        double[][][] out = new double[image.length][h][w];
        for (int c = 0; c < image.length; c++) {
            for (int r = 0; r < h; r++) {
                System.arraycopy(image[c][top + r], left, out[c][r], 0, w);
            }
        }
        return out;
    }

    /** @return {top, left} of a position where out is the image's window, or null */
    private static int[] windowAt(double[][][] image, double[][][] out) {
        int h = out[0].length;
        int w = out[0][0].length;
        for (int top = 0; top + h <= image[0].length; top++) {
            for (int left = 0; left + w <= image[0][0].length; left++) {
                if (java.util.Arrays.deepEquals(window(image, top, left, h, w), out)) {
                    return new int[] {top, left};
                }
            }
        }
        return null;
    }
}
