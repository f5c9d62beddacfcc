package nngrade.checks.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The acceptance rule of GradientCheck never fails a correct derivative, at small, ordinary and
 * huge inputs, and always fails a derivative that is off by a realistic bug's margin.
 */
class GradientCheckTest {

    private static final double[] POINTS = {-1000, -30, -3.7, -1, -1e-3, 1e-8, 0.3, 2.5, 30, 1000};

    /** f and its exact derivative: smooth functions with large, small and cancelling slopes. */
    private record Case(String name, DoubleUnaryOperator f, DoubleUnaryOperator df) {
    }

    private static final Case[] CASES = {
        new Case("sin", Math::sin, Math::cos),
        new Case("x^3", x -> x * x * x, x -> 3 * x * x),
        new Case("softplus", x -> Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))), x -> 1 / (1 + Math.exp(-x))),
        new Case("tanh", Math::tanh, x -> 1 - Math.tanh(x) * Math.tanh(x)),
        new Case("1000 + x/1000", x -> 1000 + x / 1000, x -> 1e-3),
        new Case("exp(-x^2)", x -> Math.exp(-x * x), x -> -2 * x * Math.exp(-x * x)),
    };

    @Test
    void acceptsExactDerivatives() {
        for (Case c : CASES) {
            for (double x : POINTS) {
                GradientCheck.Estimate n = GradientCheck.derivative(c.f(), x);
                assertTrue(GradientCheck.accepts(c.df().applyAsDouble(x), n),
                        c.name() + " at " + x + ": exact " + c.df().applyAsDouble(x) + " vs " + n);
            }
        }
    }

    @Test
    void rejectsDerivativesOffByOnePartInAThousand() {
        for (Case c : CASES) {
            for (double x : POINTS) {
                double exact = c.df().applyAsDouble(x);
                GradientCheck.Estimate n = GradientCheck.derivative(c.f(), x);
                if (Math.abs(exact) < 1e-3 || n.noise() > 1e-4 * Math.abs(exact)) {
                    // Where the slope vanishes, or rounding of f swamps it (f = 1000 + x/1000),
                    // no finite-difference rule can see a 0.1% error; the value checks do.
                    continue;
                }
                assertFalse(GradientCheck.accepts(exact * 1.001, n), c.name() + " at " + x);
            }
        }
    }

    @Test
    void rejectsNonFiniteAnalyticValues() {
        GradientCheck.Estimate n = GradientCheck.derivative(Math::sin, 0.5);
        assertFalse(GradientCheck.accepts(Double.NaN, n));
        assertFalse(GradientCheck.accepts(Double.POSITIVE_INFINITY, n));
    }
}
