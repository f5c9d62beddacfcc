package nngrade.host;

import java.util.function.DoubleSupplier;

/**
 * The host's copy of the examiner's {@link DrawnValues}: it hands out the same values from the
 * same position, and its log is the count drawn in all. It has no method that sets the count, so
 * a submission can only move it on by drawing.
 */
final class MirroredDraws implements DoubleSupplier, Mirrored {

    private final double[] values;
    private long drawn;

    private MirroredDraws(double[] values, long drawn) {
        this.values = values;
        this.drawn = drawn;
    }

    /** Reads what {@link DrawnValues#writeTo} wrote after its tag. */
    static MirroredDraws read(WireInput in) {
        int n = in.readInt();
        if (n < 1 || n > Wire.MAX_MESSAGE / Double.BYTES) {
            throw new IllegalStateException(n + " drawn values");
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.readDouble();
        }
        long drawn = in.readLong();
        if (drawn < 0) {
            throw new IllegalStateException(drawn + " values drawn");
        }
        return new MirroredDraws(values, drawn);
    }

    @Override
    public double getAsDouble() {
        return values[(int) (drawn++ % values.length)];
    }

    @Override
    public void writeLog(WireOutput out) {
        out.writeLong(drawn);
    }
}
