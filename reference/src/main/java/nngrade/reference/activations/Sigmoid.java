package nngrade.reference.activations;

/**
 * act.sigmoid: sigma(x) = 1/(1 + e^-x), with sigma'(x) = sigma(x)(1 - sigma(x)).
 *
 * <p>For x &lt; 0 the textbook form exponentiates -x, which overflows at x = -1000 (the result
 * 1/infinity = 0 happens to be right, but the same e^-x breaks other formulas). The equivalent
 * e^x/(1 + e^x) is used there instead, so the exponent is never positive.
 *
 * <p>The derivative is computed as sigma(x) sigma(-x), which equals sigma(x)(1 - sigma(x))
 * because 1 - sigma(x) = sigma(-x), but avoids the cancellation in 1 - sigma(x) for large x
 * (at x = 30, 1 - sigma(x) keeps only about 4 correct digits).
 *
 * <p>The static functions are shared by every reference class that needs the logistic
 * function (sigmoid gate, binary cross-entropy, swish, GLU).
 */
public class Sigmoid extends ElementwiseActivation {

    /** @return sigma(x) */
    @Override
    public double value(double x) {
        return logistic(x);
    }

    /** @return sigma(x)(1 - sigma(x)) */
    @Override
    public double derivative(double x) {
        return logisticDerivative(x);
    }

    /**
     * @param x any number
     * @return sigma(x) = 1/(1 + e^-x), computed without overflow
     */
    public static double logistic(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x); // in (0, 1): no overflow
        return e / (1 + e);
    }

    /**
     * @param x any number
     * @return sigma'(x) = sigma(x)(1 - sigma(x)) = sigma(x) sigma(-x)
     */
    public static double logisticDerivative(double x) {
        return logistic(x) * logistic(-x);
    }
}
