package nngrade.checks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Gens#threeSignificantDigits} gives, bit for bit, what BigDecimal's half-up rounding to a
 * precision of 3 gives: the learning rates, regularization strengths and scales the checks draw
 * depend on it, so a faster rounding must not move a single one.
 */
class GensThreeDigitsTest {

    private static void assertSame(double v) {
        double expected = new BigDecimal(v).round(new MathContext(3)).doubleValue();
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(Gens.threeSignificantDigits(v)),
                () -> v + " to 3 significant digits");
    }

    @Test
    void agreesOnPowersOfTenDrawnAsTheGeneratorsDraw() {
        SplittableRandom random = new SplittableRandom(20261203);
        for (int i = 0; i < 2_000_000; i++) {
            assertSame(Math.pow(10, -14 + 20 * random.nextDouble()));
        }
    }

    @Test
    void agreesNextToPowersOfTenAndOnTies() {
        for (int k = -15; k <= 5; k++) {
            double power = Math.pow(10, k);
            for (double v : new double[] {power, Math.nextUp(power), Math.nextDown(power), 9.995 * power, 9.9949 * power,
                9.99999 * power, 1.005 * power, 1.115 * power}) {
                for (double w : new double[] {v, Math.nextUp(v), Math.nextDown(v)}) {
                    assertSame(w);
                }
            }
        }
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            // n + 1/2 units of the third digit: exact ties where binary holds them (1.125, 0.0625), near-ties elsewhere
            double tie = (100 + random.nextInt(900) + 0.5) * Math.pow(2, -random.nextInt(40)) / Math.pow(10, random.nextInt(6));
            for (double v : new double[] {tie, Math.nextUp(tie), Math.nextDown(tie)}) {
                assertSame(v);
            }
        }
        for (double v : new double[] {1.125, 0.0625, 2.5, 12.25, 0.3125, 999.5, 999.4999999999999, 1e-13, 9.99e-14, 1000,
            0.0, -0.0, -1.125, Double.MIN_VALUE, 123.5, 124.5}) {
            assertSame(v);
        }
    }
}
