package nngrade.checks.initialization;

import nngrade.checks.support.Expect;

/**
 * "The variance stays the same through the layers", made checkable: the standard deviations of a
 * quantity at layers 1..10 all lie within a factor {@value #FACTOR} of one another.
 *
 * <p>Why the standard deviation and not the variance: a network 500 units wide has weights drawn at
 * random, so even a correct initializer lets the variance wander from layer to layer (by about 10%
 * per ReLU layer and example). A factor 2 on the variance of the ReLU network's pre-activations
 * fails a correct Kaiming uniform initializer in about one seed out of 200 (its largest variance
 * ratio over 200 seeds was 1.43^2 = 2.04); a factor 2 on the standard deviation is far out of reach.
 *
 * <p>The margin, measured by SpreadSimulationTest over 200 seeds with the reference initializers
 * (max/min std over the layers; log sd = standard deviation of its logarithm):
 *
 * <pre>
 *   Kaiming normal, ReLU, pre-activations   mean 1.15, largest 1.41, log sd 0.051
 *   Kaiming normal, ReLU, gradients         mean 1.07, largest 1.16, log sd 0.026
 *   Kaiming uniform, ReLU, pre-activations  mean 1.14, largest 1.43, log sd 0.053
 *   Xavier, tanh gain 5/3, activations      mean 1.17, largest 1.19, log sd 0.004
 *   Xavier, linear, forward / backward      mean 1.02, largest 1.05 / 1.06
 * </pre>
 *
 * log 2 lies 11 log-sds above the mean of the worst case (Kaiming forward): under a normal
 * approximation of the log spread, a false failure has probability below 1e-20, and even the
 * heavier tail seen (the largest of 200 is 4.4 sds out) leaves it far below 1e-6. This is an
 * estimate from simulation, not a proven bound. Every mistake the checks look for moves the std by
 * a factor of 2.8 or more over 10 layers (a missing gain sqrt 2 alone: 2^4.5 = 23).
 */
final class Spread {

    /** The largest allowed ratio between the std of two layers. */
    static final double FACTOR = 2;

    private Spread() {
    }

    /** Fails unless max std / min std over layers from..to is at most {@link #FACTOR}. */
    static void assertWithinFactor(String claim, LayerStatistics stats, int from, int to, int firstLayerNumber) {
        double spread = stats.spread(from, to);
        Expect.that(spread <= FACTOR, () -> claim + ": the std of the " + stats.name() + " varies by a factor of "
                + spread + " over layers " + (firstLayerNumber + from) + ".." + (firstLayerNumber + to)
                + ", expected at most " + FACTOR + "; " + stats.table(firstLayerNumber));
    }
}
