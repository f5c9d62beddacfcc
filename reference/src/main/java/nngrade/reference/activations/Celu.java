package nngrade.reference.activations;

/**
 * act.celu, as torch.nn.CELU(alpha): max(0, x) + min(0, alpha (e^(x/alpha) - 1)), the
 * continuously differentiable ELU: dividing the exponent by alpha makes the left derivative
 * e^(x/alpha) equal 1 at x = 0 for every alpha &gt; 0.
 *
 * <p>e^(x/alpha) - 1 is computed with Math.expm1 to avoid cancellation near 0. For x &gt; 0 the
 * min term is 0; if e^(x/alpha) overflows there, min(0, infinity) is still 0.
 */
public class Celu extends ElementwiseActivation {

    private final double alpha;

    /** @param alpha the scale (must be &gt; 0); the negative saturation value is -alpha */
    public Celu(double alpha) {
        this.alpha = alpha;
    }

    /** @return max(0, x) + min(0, alpha (e^(x/alpha) - 1)) */
    @Override
    public double value(double x) {
        return Math.max(0, x) + Math.min(0, alpha * Math.expm1(x / alpha));
    }

    /** @return 1 if x &gt; 0 else e^(x/alpha) (both 1 at x = 0) */
    @Override
    public double derivative(double x) {
        return x > 0 ? 1 : Math.exp(x / alpha);
    }
}
