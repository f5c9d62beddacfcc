package nngrade.host;

import java.util.concurrent.locks.LockSupport;

/**
 * A doorbell between two threads of one JVM (a loopback host in tests): ringing unparks the
 * thread that sleeps on it. Sleeping lasts at most a millisecond, so that a waiting side looks at
 * its deadline regularly.
 */
public final class ThreadDoorbell implements Channel.Doorbell {

    private volatile Thread sleeper;

    @Override
    public void ring() {
        Thread t = sleeper;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** @return false once the sleeping thread is interrupted: it is asked to stop, and will never be rung */
    @Override
    public boolean sleep() {
        sleeper = Thread.currentThread();
        LockSupport.parkNanos(1_000_000);
        return !Thread.currentThread().isInterrupted();
    }
}
