package nngrade.reference.activations;

/**
 * act.elu, as torch.nn.ELU(alpha): x if x &gt; 0 else alpha (e^x - 1).
 *
 * <p>e^x - 1 is computed with Math.expm1: for x near 0 the subtraction would cancel (at
 * x = -1e-8 it keeps only 8 digits). Derivative: 1 for x &gt; 0, alpha e^x for x &lt;= 0. For
 * alpha != 1 the function has a kink at 0 (left derivative alpha, right 1); this class returns
 * alpha there, as PyTorch does.
 */
public class Elu extends ElementwiseActivation {

    private final double alpha;

    /** @param alpha the negative saturation value is -alpha */
    public Elu(double alpha) {
        this.alpha = alpha;
    }

    /** @return x if x &gt; 0 else alpha (e^x - 1) */
    @Override
    public double value(double x) {
        return x > 0 ? x : alpha * Math.expm1(x);
    }

    /** @return 1 if x &gt; 0 else alpha e^x */
    @Override
    public double derivative(double x) {
        return x > 0 ? 1 : alpha * Math.exp(x);
    }
}
