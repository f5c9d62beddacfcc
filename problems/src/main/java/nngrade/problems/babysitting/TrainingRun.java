package nngrade.problems.babysitting;

/**
 * What the small-subset training loop ({@link Trainer}) returns.
 *
 * @param losses           the loss curve: losses[k] is the loss at iterate k, the parameters
 *                         before the (k+1)-th update, so losses[0] is the loss of the starting
 *                         parameters; one value per iteration
 * @param model            the parameters after the last update (new arrays)
 * @param trainingAccuracy the fraction of the training examples that {@code model} classifies
 *                         correctly, in [0, 1]
 */
public record TrainingRun(double[] losses, TwoLayerParameters model, double trainingAccuracy) {
}
