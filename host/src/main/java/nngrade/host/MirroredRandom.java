package nngrade.host;

import java.util.Random;

/**
 * The caller's java.util.Random, mirrored in the host: a copy of its state (sent by the
 * examiner: its seed and a Gaussian drawn ahead) draws exactly the numbers the original would,
 * and every draw is logged so that the examiner can replay it on the original, which then ends
 * in the state it would have after an in-process call. A call into the submission that draws 250 000 Gaussians thus costs one
 * message, not 250 000 round trips.
 *
 * <p>Every public method of Random that advances it is overridden; the others (streams,
 * bounded draws of RandomGenerator) are built on these, so they are logged through them. The
 * log is run-length encoded: draws of one kind in a row take one entry.
 */
final class MirroredRandom extends Random implements Mirrored {
    private static final long serialVersionUID = 1L;

    private final transient Random state;
    private final transient WireOutput log = new WireOutput(null);
    private transient int entries;
    private transient byte lastKind = -1;
    private transient long lastArgument;
    private transient int lastCount;

    /**
     * The examiner's generator as it was: {@code state} has its seed; a Gaussian it had drawn
     * ahead is kept here, since a Random cannot be given one.
     */
    private transient boolean haveNextNextGaussian;
    private transient double nextNextGaussian;

    private MirroredRandom(Random state) {
        super(0);
        this.state = state;
        log.begin((byte) 0);
    }

    /**
     * Reads the examiner's generator as {@code RandomState} wrote it: its 48-bit seed, whether a
     * Gaussian is drawn ahead, and that Gaussian.
     */
    static MirroredRandom read(WireInput in) {
        long seed = in.readLong();
        boolean ahead = in.readByte() != 0;
        double gaussian = in.readDouble();
        // setSeed(s) sets the seed to (s ^ 0x5DEECE66D) mod 2^48, so this sets it to seed itself
        MirroredRandom m = new MirroredRandom(new Random(seed ^ MULTIPLIER));
        m.haveNextNextGaussian = ahead;
        m.nextNextGaussian = gaussian;
        return m;
    }

    /** java.util.Random's multiplier, which its setSeed scrambles a seed with. */
    private static final long MULTIPLIER = 0x5DEECE66DL;

    /** Writes the draws made so far: count of entries, then (kind, argument, count) each. */
    public void writeLog(WireOutput out) {
        flush();
        out.writeInt(entries);
        for (int i = 1; i < log.length(); i++) {
            out.writeByte(log.bytes()[i]);
        }
    }

    private void logged(byte kind, long argument) {
        if (kind == lastKind && argument == lastArgument && lastCount < Integer.MAX_VALUE) {
            lastCount++;
            return;
        }
        flush();
        lastKind = kind;
        lastArgument = argument;
        lastCount = 1;
    }

    private void flush() {
        if (lastCount > 0) {
            log.writeByte(lastKind).writeLong(lastArgument).writeInt(lastCount);
            entries++;
            lastCount = 0;
            lastKind = -1;
        }
    }

    @Override
    public synchronized void setSeed(long seed) {
        if (state != null) { // Random's constructor calls this before the fields are set
            logged(Wire.SET_SEED, seed);
            state.setSeed(seed);
            haveNextNextGaussian = false; // as Random's own setSeed does
        }
    }

    @Override
    public int nextInt() {
        logged(Wire.DRAW_INT, 0);
        return state.nextInt();
    }

    @Override
    public int nextInt(int bound) {
        // Drawn first: a bound of 0 or less is refused (IllegalArgumentException) and draws nothing,
        // so it must leave nothing in the log for the examiner to replay.
        int value = state.nextInt(bound);
        logged(Wire.DRAW_INT_BOUNDED, bound);
        return value;
    }

    @Override
    public long nextLong() {
        logged(Wire.DRAW_LONG, 0);
        return state.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        logged(Wire.DRAW_BOOLEAN, 0);
        return state.nextBoolean();
    }

    @Override
    public float nextFloat() {
        logged(Wire.DRAW_FLOAT, 0);
        return state.nextFloat();
    }

    @Override
    public double nextDouble() {
        logged(Wire.DRAW_DOUBLE, 0);
        return state.nextDouble();
    }

    @Override
    public synchronized double nextGaussian() {
        logged(Wire.DRAW_GAUSSIAN, 0);
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        return state.nextGaussian();
    }

    @Override
    public void nextBytes(byte[] bytes) {
        logged(Wire.DRAW_BYTES, bytes.length);
        state.nextBytes(bytes);
    }
}
