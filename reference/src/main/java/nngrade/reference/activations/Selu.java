package nngrade.reference.activations;

/**
 * act.selu, as torch.nn.SELU: lambda ELU(x, alpha) = lambda x for x &gt; 0 and
 * lambda alpha (e^x - 1) otherwise, with the constants of Klambauer et al. (2017) that make
 * N(0, 1) inputs come out with mean 0 and variance 1.
 *
 * <p>Derivative: lambda for x &gt; 0, lambda alpha e^x for x &lt;= 0 (at the kink 0 the left
 * value lambda alpha, as PyTorch does). Evaluated as (lambda alpha) times expm1(x), the order
 * PyTorch uses, so results agree to the last bit.
 */
public class Selu extends ElementwiseActivation {

    /** lambda, the scale. */
    public static final double LAMBDA = 1.0507009873554804934193349852946;
    /** alpha, the ELU parameter. */
    public static final double ALPHA = 1.6732632423543772848170429916717;

    /** @return lambda x if x &gt; 0 else lambda alpha (e^x - 1) */
    @Override
    public double value(double x) {
        return x > 0 ? LAMBDA * x : LAMBDA * ALPHA * Math.expm1(x);
    }

    /** @return lambda if x &gt; 0 else lambda alpha e^x */
    @Override
    public double derivative(double x) {
        return x > 0 ? LAMBDA : LAMBDA * ALPHA * Math.exp(x);
    }
}
