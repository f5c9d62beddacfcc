package nngrade.reference.activations;

import nngrade.problems.StandardNormal;

/**
 * act.gelu, exact: GELU(x) = x Phi(x), Phi the standard normal distribution function
 * (torch.nn.GELU(approximate='none')). Derivative, by the product rule with Phi' = phi:
 * Phi(x) + x phi(x).
 *
 * <p>Phi comes from {@link StandardNormal#cdf}, an erfc evaluation that stays accurate in the
 * left tail where x Phi(x) is tiny. PyTorch's 0.5 (1 + erf(x/sqrt 2)) cancels there: it is off by
 * 2% at x = -8 and exactly 0 below about x = -8.4.
 */
public class Gelu extends ElementwiseActivation {

    /** @return x Phi(x) */
    @Override
    public double value(double x) {
        return x * StandardNormal.cdf(x);
    }

    /** @return Phi(x) + x phi(x) */
    @Override
    public double derivative(double x) {
        return StandardNormal.cdf(x) + x * StandardNormal.pdf(x);
    }
}
