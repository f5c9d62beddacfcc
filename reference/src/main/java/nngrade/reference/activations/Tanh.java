package nngrade.reference.activations;

/**
 * act.tanh: tanh(x) = (e^x - e^-x)/(e^x + e^-x), with tanh'(x) = 1 - tanh^2(x).
 *
 * <p>The quotient of exponentials overflows to infinity/infinity = NaN at x = +-1000, so the
 * value comes from Math.tanh. The derivative is computed as sech^2(x) = 1/cosh^2(x), the same
 * quantity without the cancellation in 1 - tanh^2 for large |x| (tanh(20) rounds to exactly 1,
 * yet tanh'(20) = 1.7e-17); sech is formed first so that cosh^2 cannot overflow.
 */
public class Tanh extends ElementwiseActivation {

    /** @return tanh(x) */
    @Override
    public double value(double x) {
        return Math.tanh(x);
    }

    /** @return 1 - tanh^2(x) = 1/cosh^2(x) */
    @Override
    public double derivative(double x) {
        double sech = 1 / Math.cosh(x);
        return sech * sech;
    }
}
