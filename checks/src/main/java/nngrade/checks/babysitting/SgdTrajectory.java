package nngrade.checks.babysitting;

import java.util.Arrays;
import java.util.List;
import nngrade.checks.support.Lazily;
import nngrade.problems.babysitting.TwoLayerParameters;

/**
 * Reads the calls a training loop made to its {@link RecordingNetwork} and fails unless they are
 * the run of vanilla full-batch SGD the contract describes: the first call at the starting
 * parameters, each next call at theta_k - lr g_k with g_k the gradient the network returned for
 * theta_k, every call on the same examples with the same reg.
 *
 * <p>A step is compared entry by entry with the checks' own theta - lr g, allowing
 * {@value #STEP_ULPS} ulps of |theta| + |lr g|: a correct loop rounds the product and the
 * difference once each (or once, with a fused multiply-add), and the check starts every step from
 * the loop's own previous parameters, so rounding never accumulates. A wrong step (a learning
 * rate applied twice, momentum, a decay, a gradient of the wrong parameter) is off by orders of
 * magnitude more.
 */
final class SgdTrajectory {

    static final int STEP_ULPS = 4;

    private SgdTrajectory() {
    }

    /**
     * @param calls   the loop's calls of net.loss, in order
     * @param initial theta_0
     * @param data    the examples every call must use
     * @param reg     the reg every call must pass
     * @param lr      the learning rate
     */
    static void assertVanillaSgd(List<RecordingNetwork.Call> calls, TwoLayerParameters initial, Examples data,
            double reg, double lr) {
        for (int k = 0; k < calls.size(); k++) {
            RecordingNetwork.Call c = calls.get(k);
            String call = "call " + k + " of net.loss";
            Lazily.that(c.reg() == reg, () -> call + " passed reg = " + c.reg() + ", expected " + reg);
            Lazily.that(c.x().length == data.size(), () -> call + " passed " + c.x().length + " examples, expected "
                    + data.size() + (data.size() == 20 ? " (the first 20 of the training set)" : ""));
            for (int i = 0; i < data.size(); i++) {
                int row = i;
                Lazily.that(Arrays.equals(c.x()[i], data.x()[i]) && c.y()[i] == data.y()[i], () -> call
                        + " passed a different example " + row + " (x = " + Arrays.toString(c.x()[row]) + ", y = "
                        + c.y()[row] + ") than example " + row + " of the data it must train on (x = "
                        + Arrays.toString(data.x()[row]) + ", y = " + data.y()[row] + ")");
            }
            if (k == 0) {
                assertEqual(call + ": theta_0, the starting parameters", initial, c.model());
            } else {
                assertStep(call + ": theta_" + k, calls.get(k - 1), c.model(), lr);
            }
        }
    }

    /** Fails unless {@code next} is the previous call's parameters minus lr times its gradient. */
    static void assertStep(String what, RecordingNetwork.Call previous, TwoLayerParameters next, double lr) {
        double[] theta = Parameters.flatten(previous.model());
        double[] g = Parameters.flatten(previous.result().gradients());
        Parameters.requireShape(what, previous.model(), next);
        double[] actual = Parameters.flatten(next);
        for (int i = 0; i < theta.length; i++) {
            double expected = theta[i] - lr * g[i];
            double allowed = STEP_ULPS * Math.ulp(Math.abs(theta[i]) + Math.abs(lr * g[i]));
            if (!(Math.abs(actual[i] - expected) <= allowed)) {
                throw new AssertionError(what + ": " + Parameters.name(previous.model(), i) + " is " + actual[i]
                        + ", expected theta - lr g = " + theta[i] + " - " + lr + " * " + g[i] + " = " + expected
                        + " (vanilla SGD: every parameter moves by minus the learning rate times its gradient)");
            }
        }
    }

    private static void assertEqual(String what, TwoLayerParameters expected, TwoLayerParameters actual) {
        double[] e = Parameters.flatten(expected);
        double[] a = Parameters.flatten(actual);
        for (int i = 0; i < e.length; i++) {
            if (Double.compare(e[i], a[i]) != 0) {
                throw new AssertionError(what + ": " + Parameters.name(expected, i) + " is " + a[i] + ", expected "
                        + e[i]);
            }
        }
    }
}
