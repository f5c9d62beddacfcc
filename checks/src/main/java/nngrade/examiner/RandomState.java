package nngrade.examiner;

import java.io.IOException;
import java.io.ObjectOutput;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import nngrade.host.WireOutput;

/**
 * A java.util.Random's whole state, read through its own serialization hook: Random writes its
 * three fields with {@code putFields}, which this stream takes instead of encoding them. The host
 * rebuilds the generator from them ({@code MirroredRandom}) without Java deserialization, which
 * was 40% of a host's CPU on a check that hands one generator to 6,001 calls in turn (aug.crop's
 * uniformity check), and used no less than 100 us of it per call.
 *
 * <p>The state is the 48-bit seed and a Gaussian drawn ahead: nextGaussian makes two at a time
 * (the polar method) and keeps the second for the next call.
 */
final class RandomState extends ObjectOutputStream {

    private long seed;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian;
    private int fields;

    private RandomState() throws IOException {
        super(OutputStream.nullOutputStream());
    }

    /**
     * Writes the generator's state: its seed, whether a Gaussian is drawn ahead, and that Gaussian.
     *
     * @param random the generator, a plain java.util.Random; not modified
     * @param out    where the state goes; modified
     */
    static void write(Random random, WireOutput out) {
        RandomState s;
        try {
            s = new RandomState();
            s.writeObject(random);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (s.fields != 3) {
            throw new IllegalStateException("java.util.Random wrote " + s.fields + " fields, not its three");
        }
        out.writeLong(s.seed).writeByte(s.haveNextNextGaussian ? 1 : 0).writeDouble(s.nextNextGaussian);
    }

    @Override
    public PutField putFields() {
        return new PutField() {
            @Override
            public void put(String name, boolean value) {
                haveNextNextGaussian = value;
                known(name, "haveNextNextGaussian");
            }

            @Override
            public void put(String name, long value) {
                seed = value;
                known(name, "seed");
            }

            @Override
            public void put(String name, double value) {
                nextNextGaussian = value;
                known(name, "nextNextGaussian");
            }

            @Override
            public void put(String name, byte value) {
                known(name, "");
            }

            @Override
            public void put(String name, char value) {
                known(name, "");
            }

            @Override
            public void put(String name, short value) {
                known(name, "");
            }

            @Override
            public void put(String name, int value) {
                known(name, "");
            }

            @Override
            public void put(String name, float value) {
                known(name, "");
            }

            @Override
            public void put(String name, Object value) {
                known(name, "");
            }

            @Override
            @Deprecated
            public void write(ObjectOutput out) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private void known(String name, String expected) {
        if (!name.equals(expected)) {
            throw new IllegalStateException("java.util.Random wrote a field " + name + " this grader does not know");
        }
        fields++;
    }

    @Override
    public void writeFields() {
        // the fields were taken as they were put
    }
}
