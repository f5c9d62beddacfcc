package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;
import nngrade.host.DrawnValues;
import nngrade.host.Wire;
import nngrade.host.WireInput;
import nngrade.host.WireOutput;
import nngrade.problems.Solutions;
import nngrade.problems.initialization.ProductVariance;
import org.junit.jupiter.api.Test;

/**
 * Drawn values through the channel mean what they mean in-process: the submission gets the same
 * values in the same order, and the caller's {@link DrawnValues} ends having handed out as many
 * as the submission drew, whether it drew too many, too few, or threw midway. And they cost no
 * round trip per value: the Monte Carlo checks of stat.var_product hand out 100 000 of each.
 */
class DrawnValuesThroughTheChannelTest {

    /** Weighs the first n products, then draws {@code extra} more x values (a miscount); throws at draw {@code throwAfter}. */
    static final class Summing implements ProductVariance {
        private final int extra;
        private final int throwAfter;

        Summing(int extra, int throwAfter) {
            this.extra = extra;
            this.throwAfter = throwAfter;
        }

        @Override
        public double exact(double meanX, double varianceX, double meanY, double varianceY) {
            return 0;
        }

        @Override
        public double estimate(DoubleSupplier x, DoubleSupplier y, int samples) {
            double sum = 0;
            for (int k = 0; k < samples; k++) {
                if (k == throwAfter) {
                    throw new IllegalStateException("stopped after " + k + " draws");
                }
                sum += (k + 1) * x.getAsDouble() * y.getAsDouble();
            }
            for (int k = 0; k < extra; k++) {
                sum += x.getAsDouble();
            }
            return sum;
        }
    }

    private static Solutions serving(ProductVariance p) {
        return new Solutions() {
            @Override
            public ProductVariance productVariance() {
                return p;
            }
        };
    }

    private static double[] values(int n, double scale) {
        return IntStream.range(0, n).mapToDouble(k -> scale * (k % 7) - 1.5).toArray();
    }

    /** @return {estimate or the exception's message, x drawn, y drawn} after one call */
    private static String outcome(ProductVariance p, int samples) {
        DrawnValues x = new DrawnValues(values(5, 0.5));
        DrawnValues y = new DrawnValues(values(3, 2.0));
        String value;
        try {
            value = String.valueOf(p.estimate(x, y, samples));
        } catch (IllegalStateException e) {
            value = e.getMessage();
        }
        return value + " | x drew " + x.drawn() + " | y drew " + y.drawn();
    }

    private static void assertSameThroughTheChannel(Summing s, int samples) {
        String inProcess = outcome(s, samples);
        try (RemoteSubmission r = RemoteSubmission.loopback(serving(s))) {
            assertEquals(inProcess, outcome(r.solutions().productVariance(), samples));
            assertEquals(0, r.callbacks(), "drawn values are served in the submission's JVM, not called back");
        }
    }

    @Test
    void valuesCyclePastTheEndAndEachCountIsTheSubmissionsDraws() {
        assertSameThroughTheChannel(new Summing(0, -1), 11);
    }

    @Test
    void drawingTooManyShowsInTheCount() {
        assertSameThroughTheChannel(new Summing(4, -1), 6);
    }

    @Test
    void drawsBeforeAnExceptionStillCount() {
        assertSameThroughTheChannel(new Summing(0, 4), 9);
    }

    @Test
    void aLogThatCountsBackwardsIsRefused() {
        DrawnValues d = new DrawnValues(values(2, 1));
        d.advanceTo(5);
        WireOutput log = new WireOutput(null).begin(Wire.RETURN).writeInt(1).writeLong(3);
        WireInput in = new WireInput(null).begin(log.bytes(), log.length());
        in.readByte();
        assertThrows(IllegalStateException.class, () -> DrawReplay.replay(in, new java.util.ArrayList<>(java.util.List.of(d))));
        assertEquals(5, d.drawn());
    }
}
