package nngrade.batch;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where System.out and System.err go in the grading child: a buffer that keeps at most
 * {@code capBytes} of what a check printed and counts the rest, so a flood of output costs
 * nothing but the time to print it.
 */
final class OutputCapture extends OutputStream {

    private final int capBytes;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    OutputCapture(int capBytes) {
        this.capBytes = capBytes;
    }

    @Override
    public synchronized void write(int b) {
        if (kept.size() < capBytes) {
            kept.write(b);
        } else {
            dropped++;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = Math.max(0, capBytes - kept.size());
        int keep = Math.min(room, len);
        kept.write(b, off, keep);
        dropped += len - keep;
    }

    /** @return what was printed since the last call (capped, with a note of how much was cut), and forget it */
    synchronized String drain() {
        String text = kept.toString(StandardCharsets.UTF_8);
        if (dropped > 0) {
            text += "\n[... " + dropped + " more bytes of output cut]";
        }
        kept.reset();
        dropped = 0;
        return text;
    }
}
