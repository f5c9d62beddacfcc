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
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * aug.jitter: b ~ U[max(0, 1 - brightness), 1 + brightness], then c ~ U[max(0, 1 - contrast),
 * 1 + contrast]; z = clamp(b x, 0, 1), out = clamp(c z + (1 - c) mean(z), 0, 1).
 */
@ProblemId("aug.jitter")
class ColorJitterChecks {

    /**
     * The factors inferred from a jittered image are ratios of means and standard deviations of a
     * few dozen pixels, exact to about 1e-14; a factor outside its range by more than 1e-9 is a
     * real one.
     */
    private static final double FACTOR_SLACK = 1e-9;

    /** @return jitter half-widths 0, 1/8, ..., 1.5 (above 1 the lower end is clipped at 0) */
    private static Gen<Double> jitters() {
        return DataGens.grid(0, 1.5, 12);
    }

    private static RandomImageTransform subject(double brightness, double contrast) {
        return Subjects.submission().colorJitter(brightness, contrast);
    }

    @Test
    @Weight(2)
    void pixelsStayWithinZeroAndOne() {
        qt().forAll(DataGens.images(1, 5, 0, 1), jitters(), jitters(), DataGens.seeds())
                .checkAssert((image, br, co, seed) -> {
                    double[][][] out = subject(br, co).apply(image, new Random(seed));
                    Shape.image("the jittered image", out, image.length, image[0].length, image[0][0].length);
                    for (double[][] channel : out) {
                        for (double[] row : channel) {
                            for (double v : row) {
                                Expect.that(v >= 0 && v <= 1, () -> "a jittered pixel is " + v
                                        + ", outside [0, 1] (brightness " + br + ", contrast " + co + ")");
                            }
                        }
                    }
                });
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void appliesBrightnessThenContrastWithFactorsDrawnInThatOrder() {
        qt().forAll(DataGens.images(1, 5, 0, 1), jitters(), jitters(), DataGens.seeds())
                .checkAssert((image, br, co, seed) -> {
                    Random r = new Random(seed);
                    double b = factor(br, r);
                    double c = factor(co, r);
                    ImageExpect.same("with b = " + b + " (drawn first) and c = " + c
                            + ": z = clamp(b x, 0, 1), out = clamp(c z + (1 - c) mean(z), 0, 1)",
                            jitter(image, b, c), subject(br, co).apply(image, new Random(seed)));
                });
    }

    @Test
    @Weight(2)
    void brightnessAndContrastFactorsStayWithinTheirRanges() {
        // Mid-gray images and small jitter: nothing is clamped, so mean(out) = b mean(x) (contrast
        // keeps the mean) and std(out) = c b std(x): both factors can be read off the output, as
        // long as the image is not flat.
        qt().forAll(DataGens.images(2, 5, 0.45, 0.55).assuming(x -> std(x) > 0.01), DataGens.grid(0, 0.25, 10), DataGens.grid(0, 0.25, 10), DataGens.seeds())
                .checkAssert((image, br, co, seed) -> {
                    double[][][] out = subject(br, co).apply(image, new Random(seed));
                    Shape.image("the jittered image", out, image.length, image[0].length, image[0][0].length);
                    double b = mean(out) / mean(image);
                    double c = std(out) / (b * std(image));
                    inRange("the brightness factor mean(out)/mean(x)", b, br);
                    inRange("the contrast factor std(out)/(b std(x))", c, co);
                });
    }

    @Test
    @Weight(1)
    void zeroJitterLeavesTheImageUnchanged() {
        qt().forAll(DataGens.images(1, 5, 0, 1), DataGens.seeds()).checkAssert((image, seed) ->
                ImageExpect.same("brightness = contrast = 0 (b = c = 1)", image,
                        subject(0, 0).apply(image, new Random(seed))));
    }

    @Test
    @Weight(1)
    void negativeJitterIsRejected() {
        double[][][] image = {{{0.2, 0.4}, {0.6, 0.8}}};
        for (double[] bad : new double[][] {{-0.1, 0.2}, {0.2, -0.1}, {Double.NaN, 0}}) {
            Raises.that("colorJitter(" + bad[0] + ", " + bad[1] + ")", IllegalArgumentException.class,
                    () -> subject(bad[0], bad[1]).apply(image, new Random(1)));
        }
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInput() {
        qt().forAll(DataGens.images(1, 5, 0, 1), DataGens.seeds()).checkAssert((image, seed) -> {
            double[][][] before = DataGens.copy(image);
            subject(0.4, 0.4).apply(image, new Random(seed));
            ImageExpect.unchanged(before, image);
        });
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        qt().forAll(DataGens.images(1, 5, 0, 1), jitters(), jitters(), DataGens.seeds())
                .checkAssert((image, br, co, seed) -> ImageExpect.same("the jittered image (same seed)",
                        Subjects.reference().colorJitter(br, co).apply(image, new Random(seed)),
                        subject(br, co).apply(image, new Random(seed))));
    }

    private static void inRange(String what, double f, double spread) {
        double lo = Math.max(0, 1 - spread);
        double hi = 1 + spread;
        Expect.that(f >= lo - FACTOR_SLACK && f <= hi + FACTOR_SLACK, () -> what + " is " + f + ", outside ["
                + lo + ", " + hi + "]");
    }

    /** @return lo + (hi - lo) u, u the next draw */
    private static double factor(double spread, Random r) {
        double lo = Math.max(0, 1 - spread);
        return lo + (1 + spread - lo) * r.nextDouble();
    }

    /** @return the contract's formula, written out */
    private static double[][][] jitter(double[][][] x, double b, double c) {
        double[][][] z = DataGens.copy(x);
        for (double[][] channel : z) {
            for (double[] row : channel) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = clamp(b * row[j]);
                }
            }
        }
        double m = mean(z);
        double[][][] out = DataGens.copy(z);
        for (double[][] channel : out) {
            for (double[] row : channel) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = clamp(c * row[j] + (1 - c) * m);
                }
            }
        }
        return out;
    }

    private static double clamp(double v) {
        return Math.min(1, Math.max(0, v));
    }

    private static double mean(double[][][] x) {
        double s = 0;
        int n = 0;
        for (double[][] channel : x) {
            for (double[] row : channel) {
                for (double v : row) {
                    s += v;
                    n++;
                }
            }
        }
        return s / n;
    }

    private static double std(double[][][] x) {
        double m = mean(x);
        double s = 0;
        int n = 0;
        for (double[][] channel : x) {
            for (double[] row : channel) {
                for (double v : row) {
                    s += (v - m) * (v - m);
                    n++;
                }
            }
        }
        return Math.sqrt(s / n);
    }
}
