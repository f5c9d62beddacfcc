package nngrade.bugs;

import java.util.List;
import java.util.Set;
import nngrade.bugs.regularization.AugmentationMistakes;
import nngrade.bugs.regularization.AveragingMistakes;
import nngrade.bugs.regularization.DropoutMistakes;
import nngrade.bugs.regularization.NormalizationMistakes;
import nngrade.bugs.regularization.PreprocessingMistakes;
import nngrade.problems.augmentation.ImageTransform;
import nngrade.problems.augmentation.RandomImageTransform;
import nngrade.problems.averaging.MovingAverage;
import nngrade.problems.normalization.BatchNorm;
import nngrade.problems.normalization.LayerNorm;
import nngrade.problems.preprocessing.Centering;
import nngrade.problems.preprocessing.Pca;
import nngrade.problems.preprocessing.Whitening;
import nngrade.problems.regularization.Dropout;
import nngrade.reference.ReferenceSolutions;

/**
 * Realistic mistakes in section C's preprocessing, normalization, dropout, averaging and
 * augmentation problems, one per submission.
 */
final class RegularizationBugs {

    private static final String AGREES = "agrees with the reference";

    private RegularizationBugs() {
    }

    static List<Bug> all() {
        return List.of(
                new Bug("bug-center-global-mean", "pre.center",
                        Set.of("centered training data has mean zero per feature", "fit returns the per feature mean", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Centering centering() {
                                return new PreprocessingMistakes.GlobalMeanCentering();
                            }
                        }),
                new Bug("bug-pca-ascending-order", "pre.pca",
                        Set.of("fit finds the mean and the eigenvalues of the covariance largest first",
                                "rotated training data has diagonal covariance of the eigenvalues", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Pca pca() {
                                return new PreprocessingMistakes.AscendingPca();
                            }
                        }),
                new Bug("bug-whiten-without-centering", "pre.whiten",
                        Set.of("whitened training data has mean zero and covariance nearly the identity",
                                "fit finds the mean and the eigenvectors of the covariance largest first",
                                "a feature without variance is whitened to zero and stays finite", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Whitening whitening(double eps) {
                                return new PreprocessingMistakes.UncenteredWhitening(eps);
                            }
                        }),
                new Bug("bug-batchnorm-unbiased-variance", "norm.batchnorm",
                        Set.of("train mode gives every feature mean zero and variance one",
                                "gamma sqrt of var plus eps and beta mean recover the identity",
                                "backward matches central differences of forward", "agrees with pytorch", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public BatchNorm batchNorm(int features, double eps, double momentum) {
                                return new NormalizationMistakes.UnbiasedBatchNorm(features, eps, momentum);
                            }
                        }),
                new Bug("bug-batchnorm-momentum-swapped", "norm.batchnorm",
                        Set.of("running statistics follow the exponential average of torch", "agrees with pytorch", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public BatchNorm batchNorm(int features, double eps, double momentum) {
                                return NormalizationMistakes.momentumSwapped(features, eps, momentum);
                            }
                        }),
                new Bug("bug-batchnorm-test-uses-batch-statistics", "norm.batchnorm",
                        Set.of("test mode uses the running statistics and changes nothing",
                                "training on one example is rejected but testing one is fine", "agrees with pytorch", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public BatchNorm batchNorm(int features, double eps, double momentum) {
                                return new NormalizationMistakes.BatchStatisticsAtTest(features, eps, momentum);
                            }
                        }),
                new Bug("bug-layernorm-over-batch-axis", "norm.layernorm",
                        Set.of("every example gets mean zero and variance one over its features",
                                "each example is normalized independently of the others",
                                "a single feature gives beta and an empty batch gives nothing", "agrees with pytorch", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public LayerNorm layerNorm(double eps) {
                                return new NormalizationMistakes.LayerNormOverBatch(eps);
                            }
                        }),
                new Bug("bug-dropout-not-rescaled", "reg.dropout",
                        Set.of("dropped units are zero and kept ones are scaled by one over p",
                                "mean output over many masks is the input", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Dropout dropout(double p) {
                                return DropoutMistakes.notRescaled(p);
                            }
                        }),
                new Bug("bug-dropout-rescaled-by-p", "reg.dropout",
                        Set.of("dropped units are zero and kept ones are scaled by one over p",
                                "mean output over many masks is the input", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Dropout dropout(double p) {
                                return DropoutMistakes.rescaledByP(p);
                            }
                        }),
                new Bug("bug-dropout-p-as-drop-probability", "reg.dropout",
                        Set.of("mask keeps each unit whose draw is below p",
                                "dropped units are zero and kept ones are scaled by one over p",
                                "mean output over many masks is the input",
                                "keep probability outside zero to one is rejected and one keeps everything", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Dropout dropout(double p) {
                                return DropoutMistakes.pAsDropProbability(p);
                            }
                        }),
                new Bug("bug-dropout-backward-uses-last-mask", "reg.dropout",
                        Set.of("backward uses the mask of the forward pass"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Dropout dropout(double p) {
                                return new DropoutMistakes.StoredMaskDropout(p);
                            }
                        }),
                new Bug("bug-dropout-classic-test-not-scaled", "reg.dropout_classic",
                        Set.of("test output is the mean training output", "test mode scales by p", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Dropout dropoutClassic(double p) {
                                return new DropoutMistakes.UnscaledTestDropout(p);
                            }
                        }),
                new Bug("bug-ema-weights-swapped", "avg.ema",
                        Set.of("equals the closed form weighted sum of the past values",
                                "weight one follows the latest value and weight zero keeps the first", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public MovingAverage ema(double a) {
                                return AveragingMistakes.emaSwapped(a);
                            }
                        }),
                new Bug("bug-polyak-keeps-the-callers-array", "avg.polyak",
                        Set.of("keeps its own copy of the average", "does not modify its inputs"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public MovingAverage polyak() {
                                return new AveragingMistakes.AliasingPolyak();
                            }
                        }),
                new Bug("bug-hflip-flips-vertically", "aug.hflip",
                        Set.of("reverses the columns of every row of every channel", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public ImageTransform horizontalFlip() {
                                return new AugmentationMistakes.VerticalFlip();
                            }
                        }),
                new Bug("bug-crop-off-by-one", "aug.crop",
                        Set.of("has the requested size in every channel", "lies inside the image at the same place in every channel",
                                "draws the top then the left corner with next int", "every position of the window is equally likely",
                                "a window of the whole image is the image and one too large is rejected",
                                "does not modify its input", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public RandomImageTransform randomCrop(int height, int width) {
                                return new AugmentationMistakes.OffByOneCrop(height, width);
                            }
                        }),
                new Bug("bug-jitter-contrast-around-zero", "aug.jitter",
                        Set.of("applies brightness then contrast with factors drawn in that order",
                                "brightness and contrast factors stay within their ranges", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public RandomImageTransform colorJitter(double brightness, double contrast) {
                                return new AugmentationMistakes.ContrastAroundZero(brightness, contrast);
                            }
                        }));
    }
}
