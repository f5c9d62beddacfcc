package nngrade.checks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Gens#decimals} gives, bit for bit, what BigDecimal's half-even rounding gives: the inputs
 * every check draws depend on it, so a faster rounding must not move a single one.
 */
class GensDecimalsTest {

    private static double viaBigDecimal(double v, int digits) {
        return new BigDecimal(v).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static void assertSame(double v, int digits) {
        assertEquals(Double.doubleToRawLongBits(viaBigDecimal(v, digits)), Double.doubleToRawLongBits(Gens.decimals(v, digits)),
                () -> v + " to " + digits + " decimals");
    }

    @Test
    void agreesOnValuesDrawnAsTheGeneratorsDraw() {
        SplittableRandom random = new SplittableRandom(20261130);
        double[][] ranges = {{-5, 5}, {-2, 2}, {0, 1}, {-30, 30}, {-1000, 1000}, {1e-8, 1e-3}, {-3, 3}};
        for (int i = 0; i < 2_000_000; i++) {
            double[] r = ranges[i % ranges.length];
            double v = r[0] + (r[1] - r[0]) * random.nextDouble();
            assertSame(v, 1 + random.nextInt(15));
        }
    }

    @Test
    void agreesOnTiesAndTheirNeighbours() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            int digits = 1 + random.nextInt(15);
            // k + 1/2 units of the last decimal: exact ties where binary can hold them, near-ties elsewhere
            double tie = (random.nextInt(200_001) - 100_000 + 0.5) / Math.pow(10, digits);
            for (double v : new double[] {tie, Math.nextUp(tie), Math.nextDown(tie)}) {
                assertSame(v, digits);
            }
        }
        for (double v : new double[] {0.125, -0.125, 0.375, 2.5, -2.5, 0.05, 1.005, -1.005, 0.0, -0.0, -0.04, 1e-300,
            -1e-300, Double.MIN_VALUE, 4.35, 123456.785, -9.99999999999999, 4503599627370495.5 / 1e3}) {
            for (int digits = 1; digits <= 15; digits++) {
                assertSame(v, digits);
            }
        }
    }

    @Test
    void agreesWhereTheProductLeavesTheFastPath() {
        for (double v : new double[] {1e3, -1e3, 1e5, 123456789.123456789, 4.5e15, -7.25e12}) {
            for (int digits = 1; digits <= 15; digits++) {
                assertSame(v, digits);
            }
        }
    }
}
