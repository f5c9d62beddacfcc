package nngrade.checks.activations;

import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.problems.activations.Activation;
import org.junit.jupiter.api.Test;

/**
 * The contract of an elementwise activation with kinks (ReLU at 0, Hardswish at +-3, ...): the
 * gradient check stays one step away from them, and at each kink the derivative may be any value
 * between the left and the right derivative.
 */
public abstract class KinkedActivationContract extends ElementwiseActivationContract {

    /** @return the points where f is not differentiable */
    @Override
    protected abstract double[] kinks();

    /**
     * @return {lo, hi}: every derivative value in [lo, hi] is accepted at kink k (the interval
     *     between the left and the right derivative)
     */
    protected abstract double[] subdifferentialAt(double kink);

    @Test
    @Weight(1)
    void backwardAtEachKinkLiesInTheSubdifferential() {
        Activation f = subject();
        for (double k : kinks()) {
            double[] range = subdifferentialAt(k);
            double[] d = f.backward(new double[] {k}, new double[] {1});
            Expect.shape(() -> "backward at the kink x = " + k, new double[1], d);
            Expect.that(d[0] >= range[0] - 1e-12 && d[0] <= range[1] + 1e-12,
                    () -> "derivative at the kink x = " + k + " is " + d[0] + ", expected a value in ["
                            + range[0] + ", " + range[1] + "]");
        }
    }
}
