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
                new Bug("bug-center-fit-sizes-the-mean-by-the-first-row", "pre.center",
                        Set.of("fit rejects rows of different lengths"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Centering centering() {
                                return new PreprocessingMistakes.FirstRowLengthCentering();
                            }
                        }),
                new Bug("bug-center-transform-never-compares-lengths", "pre.center",
                        Set.of("transform rejects rows of another length than the mean"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Centering centering() {
                                return new PreprocessingMistakes.UncheckedTransformCentering();
                            }
                        }),
                new Bug("bug-pca-transform-never-compares-lengths", "pre.pca",
                        Set.of("transform rejects rows of another length than the fit"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Pca pca() {
                                return new PreprocessingMistakes.UncheckedTransformPca();
                            }
                        }),
                new Bug("bug-pca-rejects-data-without-features", "pre.pca",
                        Set.of("data without features has the empty fit"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Pca pca() {
                                return new PreprocessingMistakes.FeaturelessRejectingPca();
                            }
                        }),
                new Bug("bug-whiten-rejects-data-without-features", "pre.whiten",
                        Set.of("data without features has the empty fit"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Whitening whitening(double eps) {
                                return new PreprocessingMistakes.FeaturelessRejectingWhitening(eps);
                            }
                        }),
                new Bug("bug-batchnorm-unbiased-variance", "norm.batchnorm",
                        Set.of("train mode gives every feature mean zero and variance one",
                                "gamma sqrt of var plus eps and beta mean recover the identity",
                                "backward matches central differences of forward", "agrees with pytorch",
                                "keeps its digits when the mean is large",
                                "hyperparameters at the ends of their ranges are accepted and beyond them rejected", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public BatchNorm batchNorm(int features, double eps, double momentum) {
                                return new NormalizationMistakes.UnbiasedBatchNorm(features, eps, momentum);
                            }
                        }),
                new Bug("bug-batchnorm-momentum-swapped", "norm.batchnorm",
                        Set.of("running statistics follow the exponential average of torch", "agrees with pytorch",
                                "hyperparameters at the ends of their ranges are accepted and beyond them rejected", AGREES),
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
                                "a single feature gives beta and an empty batch gives nothing", "agrees with pytorch",
                                "keeps its digits when the mean is large", "eps zero is accepted and a negative eps rejected", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public LayerNorm layerNorm(double eps) {
                                return new NormalizationMistakes.LayerNormOverBatch(eps);
                            }
                        }),
                new Bug("bug-batchnorm-never-checks-shapes", "norm.batchnorm",
                        Set.of("rejects arguments whose shapes do not agree"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public BatchNorm batchNorm(int features, double eps, double momentum) {
                                return NormalizationMistakes.batchNormWithoutShapeChecks(features, eps, momentum);
                            }
                        }),
                new Bug("bug-batchnorm-never-checks-its-hyperparameters", "norm.batchnorm",
                        Set.of("hyperparameters at the ends of their ranges are accepted and beyond them rejected"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public BatchNorm batchNorm(int features, double eps, double momentum) {
                                return NormalizationMistakes.batchNormWithoutRangeChecks(features, eps, momentum);
                            }
                        }),
                new Bug("bug-batchnorm-one-pass-variance", "norm.batchnorm",
                        Set.of("keeps its digits when the mean is large"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public BatchNorm batchNorm(int features, double eps, double momentum) {
                                return NormalizationMistakes.batchNormOnePassVariance(features, eps, momentum);
                            }
                        }),
                new Bug("bug-layernorm-never-checks-shapes", "norm.layernorm",
                        Set.of("rejects arguments whose shapes do not agree"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public LayerNorm layerNorm(double eps) {
                                return NormalizationMistakes.layerNormWithoutShapeChecks(eps);
                            }
                        }),
                new Bug("bug-layernorm-rejects-a-zero-eps", "norm.layernorm",
                        Set.of("eps zero is accepted and a negative eps rejected"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public LayerNorm layerNorm(double eps) {
                                return NormalizationMistakes.layerNormRejectingZeroEps(eps);
                            }
                        }),
                new Bug("bug-layernorm-one-pass-variance", "norm.layernorm",
                        Set.of("keeps its digits when the mean is large"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public LayerNorm layerNorm(double eps) {
                                return NormalizationMistakes.layerNormOnePassVariance(eps);
                            }
                        }),
                new Bug("bug-dropout-not-rescaled", "reg.dropout",
                        Set.of("dropped units are zero and kept ones are scaled by one over p",
                                "mean output over many masks is the input", "a draw equal to p drops its unit", AGREES),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Dropout dropout(double p) {
                                return DropoutMistakes.notRescaled(p);
                            }
                        }),
                new Bug("bug-dropout-test-mode-returns-its-input", "reg.dropout",
                        Set.of("test mode is the identity"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Dropout dropout(double p) {
                                return new DropoutMistakes.TestModeReturnsItsInput(p);
                            }
                        }),
                new Bug("bug-dropout-rescaled-by-p", "reg.dropout",
                        Set.of("dropped units are zero and kept ones are scaled by one over p",
                                "mean output over many masks is the input", "a draw equal to p drops its unit", AGREES),
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
                                "keep probability outside zero to one is rejected and one keeps everything",
                                "a draw equal to p drops its unit", AGREES),
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
                new Bug("bug-dropout-keeps-a-draw-equal-to-p", "reg.dropout",
                        Set.of("a draw equal to p drops its unit"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Dropout dropout(double p) {
                                return new DropoutMistakes.KeepsADrawEqualToP(p);
                            }
                        }),
                new Bug("bug-dropout-backward-never-compares-lengths", "reg.dropout",
                        Set.of("backward rejects a mask of another length than dy"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Dropout dropout(double p) {
                                return new DropoutMistakes.BackwardWithoutLengthCheck(p);
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
                new Bug("bug-hflip-never-compares-widths", "aug.hflip",
                        Set.of("rejects channels of unequal heights and rows of unequal widths"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public ImageTransform horizontalFlip() {
                                return new AugmentationMistakes.UncheckedFlip();
                            }
                        }),
                new Bug("bug-hflip-reads-the-width-of-the-first-row", "aug.hflip",
                        Set.of("an image without channels or rows keeps its shape"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public ImageTransform horizontalFlip() {
                                return new AugmentationMistakes.FirstRowWidthFlip();
                            }
                        }),
                new Bug("bug-crop-accepts-a-window-of-width-zero", "aug.crop",
                        Set.of("a window of the whole image is the image and one too large is rejected"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public RandomImageTransform randomCrop(int height, int width) {
                                return new AugmentationMistakes.ZeroWidthCrop(height, width);
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
