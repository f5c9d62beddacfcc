package nngrade.checks.optimizers;

import nngrade.checks.support.Hyper;
import org.quicktheories.core.Gen;

/** What the Adam checks share: their hyperparameters and the first two steps written out. */
final class AdamFamily {

    private AdamFamily() {
    }

    /** @return lr, beta1, beta2, eps */
    static Gen<Hyper> hypers() {
        return Hyper.gen("lr", OptimizerGens.learningRates()).and("beta1", OptimizerGens.beta1s())
                .and("beta2", OptimizerGens.beta2s()).and("eps", OptimizerGens.epsilons()).build();
    }

    /**
     * The first two Adam or AMSGrad steps from x_0, for one coordinate.
     *
     * @return {x_1, x_2} = {x_0 - firstMove, x_1 - secondMove}
     */
    static double[] firstTwoSteps(Hyper h, double x0, double g1, double g2, boolean amsgrad) {
        double x1 = x0 - firstMove(h, g1);
        return new double[] {x1, x1 - secondMove(h, g1, g2, amsgrad)};
    }

    /** After bias correction m^_1 = g_1 and v^_1 = g_1^2: the first move is lr g_1/(|g_1| + eps). */
    static double firstMove(Hyper h, double g1) {
        return h.get("lr") * g1 / (Math.abs(g1) + h.get("eps"));
    }

    /**
     * The second move lr m^_2/(sqrt(v^_2) + eps), with m^_2 = (b1 g_1 + g_2)/(1 + b1) and
     * v^_2 = (b2 g_1^2 + g_2^2)/(1 + b2). AMSGrad divides by the maximum of the uncorrected
     * v_1 = (1 - b2) g_1^2 and v_2 = (1 - b2)(b2 g_1^2 + g_2^2) instead, corrected by 1 - b2^2:
     * max(g_1^2, b2 g_1^2 + g_2^2)/(1 + b2).
     */
    static double secondMove(Hyper h, double g1, double g2, boolean amsgrad) {
        double b1 = h.get("beta1");
        double b2 = h.get("beta2");
        double mHat = (b1 * g1 + g2) / (1 + b1);
        double second = b2 * g1 * g1 + g2 * g2;
        double vHat = (amsgrad ? Math.max(g1 * g1, second) : second) / (1 + b2);
        return h.get("lr") * mHat / (Math.sqrt(vHat) + h.get("eps"));
    }
}
