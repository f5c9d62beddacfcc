package nngrade.host;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where System.out and System.err of the submission go: the first bytes of what it prints during
 * a check are kept to be quoted in its report, the rest is counted and dropped, so a flood of
 * output costs nothing but its own time.
 */
final class CappedOutput extends OutputStream {

    private final int cap;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    CappedOutput(int cap) {
        this.cap = cap;
    }

    @Override
    public synchronized void write(int b) {
        if (kept.size() < cap) {
            kept.write(b);
        } else {
            dropped++;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = Math.max(0, Math.min(len, cap - kept.size()));
        kept.write(b, off, room);
        dropped += len - room;
    }

    /** Writes what was printed since the last time (text, bytes dropped) and starts afresh. */
    synchronized void drainTo(WireOutput out) {
        out.writeString(kept.toString(StandardCharsets.UTF_8)).writeLong(dropped);
        kept.reset();
        dropped = 0;
    }
}
