package nngrade.reference.activations;

/**
 * act.leaky_relu, as torch.nn.LeakyReLU(negative_slope): x if x &gt;= 0 else a x, so that
 * negative inputs still pass a small gradient a. At the kink x = 0 any value in [a, 1] (or
 * [1, a]) is a subgradient; this class returns a, as PyTorch does.
 */
public class LeakyRelu extends ElementwiseActivation {

    private final double negativeSlope;

    /** @param negativeSlope a, the slope for x &lt; 0 (the notes use 0.01) */
    public LeakyRelu(double negativeSlope) {
        this.negativeSlope = negativeSlope;
    }

    /** @return x if x &gt;= 0 else a x */
    @Override
    public double value(double x) {
        return x >= 0 ? x : negativeSlope * x;
    }

    /** @return 1 if x &gt; 0 else a */
    @Override
    public double derivative(double x) {
        return x > 0 ? 1 : negativeSlope;
    }
}
