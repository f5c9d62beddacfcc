package nngrade.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A doorbell between two processes: ringing writes one byte to a pipe, sleeping reads from the
 * pipe the other side rings. The bytes mean nothing; a stray one only wakes the sleeper, who looks
 * at the turn and sleeps again. The end of the pipe means the other process is gone.
 */
public final class PipeDoorbell implements Channel.Doorbell {

    private final InputStream sleepOn;
    private final OutputStream ringInto;
    private final byte[] drained = new byte[64];
    private volatile boolean ended;

    /**
     * @param sleepOn  the pipe this side reads while it sleeps (null if it never sleeps on this bell)
     * @param ringInto the pipe the other side sleeps on (null if this side never rings it)
     */
    public PipeDoorbell(InputStream sleepOn, OutputStream ringInto) {
        this.sleepOn = sleepOn;
        this.ringInto = ringInto;
    }

    @Override
    public void ring() {
        try {
            ringInto.write(1);
            ringInto.flush();
        } catch (IOException e) {
            // the other side is gone; its death is noticed where it matters
        }
    }

    @Override
    public boolean sleep() {
        try {
            ended = sleepOn.read(drained) < 0;
        } catch (IOException e) {
            ended = true;
        }
        return !ended;
    }

    /** @return whether the pipe this side sleeps on has ended: the other process is gone */
    public boolean ended() {
        return ended;
    }
}
