package nngrade.checks.initialization;

import nngrade.problems.initialization.Initializer;

/**
 * The deep-network checks shared by both Xavier initializers.
 *
 * <p>With tanh, Xavier's variance 2/(fan_in + fan_out) = 1/500 is right only near 0, where
 * tanh(z) is about z; further out tanh shrinks its input, and with gain 1 the std of the
 * activations falls from 0.63 at layer 1 to 0.23 at layer 10 (a factor 2.8). torch's gain for tanh,
 * 5/3, compensates: the activations' std then stays between 0.65 and 0.76. The backward claim
 * holds where the notes derive it, in a linear network, where m Var(w) = 1 keeps the variance of
 * the back-propagated gradients (with tanh and gain 5/3 they grow about 1.2 times per layer going
 * down, so the checks do not claim that).
 */
final class XavierExperiments {

    /** torch.nn.init.calculate_gain('tanh'). */
    static final double TANH_GAIN = 5.0 / 3;

    private XavierExperiments() {
    }

    /** Forward through 10 tanh layers, weights from the initializer made with gain 5/3. */
    static void assertTanhActivationsKeepTheirSpread(Initializer withTanhGain) {
        DeepNetwork.Trace trace = DeepNetwork.run(withTanhGain, Unit.TANH, false, 730);
        Spread.assertWithinFactor("10 tanh layers with Xavier weights and gain 5/3", trace.activations(), 0,
                DeepNetwork.LAYERS - 1, 1);
    }

    /** Forward and backward through 10 linear layers, weights from the initializer made with gain 1. */
    static void assertLinearLayersKeepTheirSpreadBothWays(Initializer withGainOne) {
        DeepNetwork.Trace trace = DeepNetwork.run(withGainOne, Unit.LINEAR, true, 740);
        Spread.assertWithinFactor("10 linear layers with Xavier weights, forward", trace.activations(), 0,
                DeepNetwork.LAYERS - 1, 1);
        Spread.assertWithinFactor("10 linear layers with Xavier weights, backward (dL/dh_l for l = 0..9)",
                trace.gradients(), 0, DeepNetwork.LAYERS - 1, 0);
    }
}
