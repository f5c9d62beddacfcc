package nngrade.host;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The mailbox between the examiner and a submission's host JVM: a file mapped into both
 * processes, holding one message at a time while the turn passes back and forth.
 *
 * <p>Why shared memory and not a pipe: one grading makes about two million calls into a
 * submission; a pipe round trip between two JVMs costs about 27 us (14 us of CPU on each side),
 * handing the turn over in shared memory about 1 us. A side waiting for the turn first spins
 * briefly (the answer to a small call comes within microseconds); then it says in the shared
 * memory that it sleeps and sleeps on its {@link Doorbell}, which the other side rings when it
 * hands the turn over and sees the sleeper's flag (each side stores its own value and then loads
 * the other's, so one of them always sees the other: the turn is never missed). A long
 * computation on one side thus costs the other no CPU.
 *
 * <p>Layout: the turn counter (long) at 0, the chunk's length (int) at 8, its flags (int) at 12,
 * the sleeping flags of side 0 and side 1 (long) at 16 and 24, the examiner's request to stop a
 * call (long: the turn of the answer it gave up waiting for, see {@link CallStopper}) at 32, the
 * chunk's bytes from 64. The sides write turns alternately: each send increments the counter and
 * each receive waits for the next value. A message larger than the buffer travels in chunks, each
 * acknowledged by an empty chunk.
 *
 * <p>Everything read here comes from another process; the examiner treats it as untrusted:
 * every length is checked, and the bytes are copied out before they are parsed, so the other
 * side cannot change them while they are read.
 */
public final class Channel implements AutoCloseable {

    /** Waits for the other side; may throw to give up (a deadline passed, the other side died). */
    @FunctionalInterface
    public interface Patience {
        /** Called whenever the waiting side wakes without the turn. */
        void stillWaiting();

        Patience FOREVER = () -> { };
    }

    /** How a sleeping side is woken: a byte on a pipe between processes, unparking between threads. */
    public interface Doorbell {
        /** Wakes the side that sleeps on this bell. */
        void ring();

        /**
         * Sleeps until rung; may return early.
         *
         * @return false if the bell can never ring again (the other side is gone)
         */
        boolean sleep();
    }

    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final int TURN = 0;
    private static final int LENGTH = 8;
    private static final int FLAGS = 12;
    private static final int SLEEPING = 16;
    private static final int STOP = 32;
    private static final int DATA = 64;
    private static final int MORE = 1;

    /** Spin iterations before sleeping: a few microseconds, about what a small call takes. */
    private static final int SPINS = 400;

    private final FileChannel file;
    private final MappedByteBuffer shared;
    private final int capacity;
    private final int maxMessage;
    private final int side;
    private final Doorbell mine;
    private final Doorbell theirs;
    private long turn;
    /** The turn this side waits for, or 0 while it is this side's turn (read by other threads). */
    private volatile long awaiting;
    private byte[] received = new byte[4096];
    private int receivedLength;

    private Channel(FileChannel file, MappedByteBuffer shared, int maxMessage, int side, Doorbell mine,
            Doorbell theirs) {
        this.file = file;
        this.shared = shared;
        this.capacity = shared.capacity() - DATA;
        this.maxMessage = maxMessage;
        this.side = side;
        this.mine = mine;
        this.theirs = theirs;
        shared.order(ByteOrder.nativeOrder());
    }

    /** The side that creates the mailbox and sends the first call. */
    public static final int EXAMINER = 0;
    /** The side that serves the calls. */
    public static final int HOST = 1;

    /**
     * Creates the mailbox file, zeroed.
     *
     * @param path       where the file goes: a private folder, on a RAM-backed file system if possible
     * @param bufferSize bytes of the shared buffer
     */
    public static void createFile(Path path, int bufferSize) throws IOException {
        try (FileChannel file = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            file.map(FileChannel.MapMode.READ_WRITE, 0, DATA + bufferSize);
        }
    }

    /**
     * Opens a mailbox file.
     *
     * @param maxMessage the largest message this side accepts, in bytes
     * @param side       {@link #EXAMINER} or {@link #HOST}
     * @param mine       the bell this side sleeps on
     * @param theirs     the bell the other side sleeps on
     */
    public static Channel open(Path path, int maxMessage, int side, Doorbell mine, Doorbell theirs) throws IOException {
        FileChannel file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new Channel(file, file.map(FileChannel.MapMode.READ_WRITE, 0, file.size()), maxMessage, side, mine,
                theirs);
    }

    /** Sends {@code length} bytes of {@code message}, in chunks if need be. */
    public void send(byte[] message, int length, Patience patience) {
        int offset = 0;
        do {
            int chunk = Math.min(capacity, length - offset);
            boolean more = offset + chunk < length;
            shared.putInt(LENGTH, chunk);
            shared.putInt(FLAGS, more ? MORE : 0);
            shared.put(DATA, message, offset, chunk);
            handOver();
            offset += chunk;
            if (more) {
                awaitTurn(patience); // the other side's empty acknowledgement
            }
        } while (offset < length);
    }

    /**
     * Waits for the next message and returns its bytes: a private copy, valid until the next
     * receive; its length is {@link #receivedLength()}.
     *
     * @throws IllegalStateException if the other side broke the protocol or sent too much
     */
    public byte[] receive(Patience patience) {
        int total = 0;
        while (true) {
            awaitTurn(patience);
            int chunk = shared.getInt(LENGTH);
            int flags = shared.getInt(FLAGS);
            if (chunk < 0 || chunk > capacity || (flags & ~MORE) != 0) {
                throw new IllegalStateException("malformed message (chunk of " + chunk + " bytes, flags " + flags + ")");
            }
            if ((long) total + chunk > maxMessage) {
                throw new IllegalStateException("message larger than " + (maxMessage >> 20) + " MB");
            }
            if (total + chunk > received.length) {
                received = Arrays.copyOf(received, (int) Math.min(maxMessage, Math.max(total + chunk, 2L * received.length)));
            }
            shared.get(DATA, received, total, chunk);
            total += chunk;
            if ((flags & MORE) == 0) {
                receivedLength = total;
                return received;
            }
            shared.putInt(LENGTH, 0);
            shared.putInt(FLAGS, 0);
            handOver();
        }
    }

    /** @return the length of the message {@link #receive} returned last */
    public int receivedLength() {
        return receivedLength;
    }

    /**
     * @return the turn this side is waiting for (the other side's next message), or 0 if it is not
     *     waiting; any thread may ask
     */
    public long awaitedTurn() {
        return awaiting;
    }

    /**
     * @return the next turn: that of the message this side sends next or, once it has sent, of the
     *     answer it awaits; only the side's own thread may ask
     */
    public long nextTurn() {
        return turn + 1;
    }

    /**
     * Asks the other side to stop the computation whose answer is to come at {@code turn}: the
     * examiner gave up waiting for it ({@link CallStopper}).
     */
    public void requestStop(long answerTurn) {
        LONG.setVolatile(shared, STOP, answerTurn);
    }

    /** @return the turn of the answer the other side last asked this side to stop, or 0 */
    public long stopRequested() {
        return (long) LONG.getVolatile(shared, STOP);
    }

    private void handOver() {
        turn++;
        LONG.setVolatile(shared, TURN, turn);
        if ((long) LONG.getVolatile(shared, SLEEPING + 8 * (1 - side)) != 0) {
            theirs.ring();
        }
    }

    private void awaitTurn(Patience patience) {
        long want = turn + 1;
        awaiting = want;
        try {
            awaitTurn(want, patience);
        } finally {
            awaiting = 0;
        }
    }

    private void awaitTurn(long want, Patience patience) {
        for (int i = 0; i < SPINS; i++) {
            if (arrived(want)) {
                return;
            }
            Thread.onSpinWait();
        }
        int sleeping = SLEEPING + 8 * side;
        while (true) {
            LONG.setVolatile(shared, sleeping, 1L);
            if (arrived(want)) {
                LONG.setVolatile(shared, sleeping, 0L);
                return;
            }
            boolean mayRing = mine.sleep();
            LONG.setVolatile(shared, sleeping, 0L);
            if (arrived(want)) {
                return;
            }
            patience.stillWaiting();
            if (!mayRing) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // the patience decides when to give up
            }
        }
    }

    private boolean arrived(long want) {
        if ((long) LONG.getVolatile(shared, TURN) == want) {
            turn = want;
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        try {
            file.close();
        } catch (IOException e) {
            // nothing to keep
        }
    }
}
