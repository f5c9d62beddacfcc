package nngrade.reference.activations;

/**
 * act.gelu_sigmoid: the sigmoid approximation of GELU, x sigma(1.702 x) (Hendrycks and Gimpel),
 * which is swish with beta = 1.702. Derivative, by the product rule:
 * sigma(k x) + k x sigma'(k x) with k = 1.702.
 */
public class GeluSigmoid extends ElementwiseActivation {

    /** The slope that makes sigma(k x) closest to Phi(x). */
    public static final double K = 1.702;

    private final Swish swish = new Swish();

    /** @return x sigma(1.702 x) */
    @Override
    public double value(double x) {
        return swish.value(x, K);
    }

    /** @return sigma(1.702 x) + 1.702 x sigma'(1.702 x) */
    @Override
    public double derivative(double x) {
        return swish.derivative(x, K);
    }
}
