package nngrade.host;

import java.util.function.DoubleSupplier;

/**
 * Values drawn in advance and handed out one at a time, in order, starting over after the last:
 * a supplier the checks give a submission (the draws of a random variable, say) that crosses the
 * channel as data. The host serves the submission from a copy ({@link MirroredDraws}) and this
 * one then moves on by as many values as the copy handed out, so the count is what an
 * in-process call would have left: a submission that draws 100 000 values costs one message,
 * not 100 000 round trips.
 */
public final class DrawnValues implements DoubleSupplier {

    private final double[] values;
    private long drawn;

    /** @param values the values, at least one; not modified, and not copied: the caller keeps them as they are */
    public DrawnValues(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to draw");
        }
        this.values = values;
    }

    /** @return the next value: values[k mod n] for the k-th draw, k from 0 */
    @Override
    public double getAsDouble() {
        return values[(int) (drawn++ % values.length)];
    }

    /** @return how many values were drawn so far */
    public long drawn() {
        return drawn;
    }

    /**
     * Moves on to where the submission's copy stopped (the examiner's side of a call).
     *
     * @param total the number drawn in all, not fewer than {@link #drawn()}
     */
    public void advanceTo(long total) {
        if (total < drawn) {
            throw new IllegalStateException("a count of draws that went back, from " + drawn + " to " + total);
        }
        drawn = total;
    }

    /** Writes this as a value: its tag, the values, and how many were drawn so far. */
    public void writeTo(WireOutput out) {
        out.writeByte(Wire.DRAWN).writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
        out.writeLong(drawn);
    }
}
