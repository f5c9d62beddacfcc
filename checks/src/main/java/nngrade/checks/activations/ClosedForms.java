package nngrade.checks.activations;

import nngrade.problems.StandardNormal;

/**
 * The activations' formulas and derivatives written out in the checks, so that a public check
 * can compute its expected value without the reference. Each is the numerically stable form: no
 * overflow at +-1000.
 */
final class ClosedForms {

    /** lambda of SELU, exactly as PROBLEMS.md gives it (Klambauer et al.). */
    static final double SELU_LAMBDA = 1.0507009873554804934193349852946;
    /** alpha of SELU, exactly as PROBLEMS.md gives it. */
    static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    /** The slope of the sigmoid approximation of GELU. */
    static final double GELU_SIGMOID_SLOPE = 1.702;

    private ClosedForms() {
    }

    /** sigma(x) = 1/(1 + e^-x), evaluated with the exponent of a non-positive number only. */
    static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /** sigma'(x) = sigma(x) sigma(-x), without the cancellation of 1 - sigma(x). */
    static double sigmoidDerivative(double x) {
        return sigmoid(x) * sigmoid(-x);
    }

    /** x sigma(beta x): Swish; beta = 1 is SiLU. */
    static double swish(double x, double beta) {
        return x * sigmoid(beta * x);
    }

    /** d/dx x sigma(beta x) = sigma(beta x) + beta x sigma(beta x) sigma(-beta x). */
    static double swishDerivative(double x, double beta) {
        double s = sigmoid(beta * x);
        return s + beta * x * s * sigmoid(-beta * x);
    }

    /** d/dbeta x sigma(beta x) = x^2 sigma(beta x) sigma(-beta x). */
    static double swishBetaDerivative(double x, double beta) {
        return x * x * sigmoidDerivative(beta * x);
    }

    /** GELU(x) = x Phi(x), exact. */
    static double gelu(double x) {
        return x * StandardNormal.cdf(x);
    }

    /** GELU'(x) = Phi(x) + x phi(x). */
    static double geluDerivative(double x) {
        return StandardNormal.cdf(x) + x * StandardNormal.pdf(x);
    }

    /** ELU(x; alpha) = x for x > 0, alpha (e^x - 1) otherwise. */
    static double elu(double x, double alpha) {
        return x > 0 ? x : alpha * Math.expm1(x);
    }

    /** ELU'(x; alpha) = 1 for x > 0, alpha e^x for x < 0. */
    static double eluDerivative(double x, double alpha) {
        return x > 0 ? 1 : alpha * Math.exp(x);
    }

    /** CELU(x; alpha) = max(0, x) + min(0, alpha (e^(x/alpha) - 1)). */
    static double celu(double x, double alpha) {
        return Math.max(0, x) + Math.min(0, alpha * Math.expm1(x / alpha));
    }

    /** CELU'(x; alpha) = 1 for x > 0, e^(x/alpha) for x < 0. */
    static double celuDerivative(double x, double alpha) {
        return x > 0 ? 1 : Math.exp(x / alpha);
    }

    /** (1/beta) log(1 + e^(beta x)), stable for every x: max(z, 0) + log1p(e^-|z|), z = beta x. */
    static double softplusLogForm(double x, double beta) {
        double z = beta * x;
        return (Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)))) / beta;
    }

    /** Hardswish: 0 for x <= -3, x for x >= 3, x (x + 3)/6 in between. */
    static double hardswish(double x) {
        if (x <= -3) {
            return 0;
        }
        return x >= 3 ? x : x * (x + 3) / 6;
    }

    /** Hardswish' away from +-3: 0 below -3, (2x + 3)/6 in between, 1 above 3. */
    static double hardswishDerivative(double x) {
        if (x < -3) {
            return 0;
        }
        return x > 3 ? 1 : (2 * x + 3) / 6;
    }
}
