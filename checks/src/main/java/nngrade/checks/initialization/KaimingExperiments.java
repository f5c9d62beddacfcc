package nngrade.checks.initialization;

import nngrade.problems.initialization.Initializer;

/**
 * The notes' ReLU calibration, Var(y_l) = (n/2) Var(w) Var(y_{l-1}) for the pre-activations y: with
 * Var(w) = 2/n (Kaiming, fan_in, gain sqrt 2) the pre-activations keep their variance through 10
 * ReLU layers, and since the layers are square (fan_out = fan_in = 500) so do the back-propagated
 * gradients, m (1/2) Var(w) = 1.
 */
final class KaimingExperiments {

    private KaimingExperiments() {
    }

    /** Forward and backward through 10 ReLU layers, weights from the initializer for RELU, FAN_IN. */
    static void assertReluLayersKeepTheirSpreadBothWays(Initializer forRelu) {
        DeepNetwork.Trace trace = DeepNetwork.run(forRelu, Unit.RELU, true, 750);
        Spread.assertWithinFactor("10 ReLU layers with Kaiming weights (RELU, FAN_IN), forward",
                trace.preActivations(), 0, DeepNetwork.LAYERS - 1, 1);
        Spread.assertWithinFactor("10 ReLU layers with Kaiming weights (RELU, FAN_IN), backward (dL/dh_l for l = 0..9)",
                trace.gradients(), 0, DeepNetwork.LAYERS - 1, 0);
    }
}
