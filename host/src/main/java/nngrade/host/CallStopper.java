package nngrade.host;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Stops a call into the submission that the examiner gave up on (a loop past its CPU budget), so
 * that the host serves the next check instead of being killed and started again: a fresh JVM costs
 * about 0.3 s of CPU before it is warm, a stop a few milliseconds.
 *
 * <p>How: the examiner writes into the channel the turn of the answer it gave up waiting for
 * ({@link Channel#requestStop}). A thread of this JVM looks every {@value #POLL_MILLIS} ms; if the
 * server's thread is then running the submission's code for exactly that answer, it stops that
 * thread ({@link Thread#stop}, which Java 17 still has), once, unless that thread is initializing
 * a class. The server catches the {@link ThreadDeath}, and says {@link Wire#STOPPED} instead of
 * answering, if no thread the submission started is still alive; if one is, the host halts, as
 * it would have been killed.
 *
 * <p>Nothing here is trusted: the examiner keeps the host only if the very answer it gave up on
 * comes back as {@link Wire#STOPPED} within its grace; anything else (an answer after all, a
 * submission that catches the ThreadDeath and goes on) ends the host as before. The stop can land
 * anywhere, in the server's code too: everything the server knows of the check is dropped by the
 * reset that follows, and a stop that lands after the answer was handed over leaves an answer the
 * examiner does not accept.
 */
final class CallStopper {

    /** How often the request is looked for: a stop comes at most this much after the examiner's. */
    static final long POLL_MILLIS = 10;

    private final Channel channel;
    private final Thread server;
    private final Set<Thread> hostThreads = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The turn of the answer the server's thread is computing in the submission's code, or 0. */
    private volatile long running;
    /** The turn of the answer whose call this stopped, or 0. */
    private volatile long stopped;

    /** Run on the server's thread, before any submitted code has run. */
    CallStopper(Channel channel) {
        this.channel = channel;
        this.server = Thread.currentThread();
    }

    /**
     * Starts looking for requests. Its thread is in the JVM's system thread group, which code
     * without permissions cannot touch (suspend, interrupt).
     */
    void start() {
        Thread watcher = new Thread(rootGroup(), this::watch, "nngrade-call-stopper");
        watcher.setDaemon(true);
        watcher.start();
        hostThreads.addAll(allThreads());
    }

    @SuppressWarnings({"deprecation", "removal"}) // Thread.stop: the one way to end a loop in code that is not ours
    private void watch() {
        while (true) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
            long turn = running;
            if (turn != 0 && turn != stopped && turn != declined && channel.stopRequested() == turn) {
                if (initializingAClass(server.getStackTrace())) {
                    declined = turn;
                } else {
                    stopped = turn;
                    server.stop();
                }
            }
        }
    }

    /** The turn of an answer whose call this declined to stop, or 0. */
    private long declined;

    /**
     * Whether the thread is running a class's static initializer: a stop there would leave the
     * class unusable in this JVM (every later use a NoClassDefFoundError instead of the loop it
     * is), so such a loop costs the JVM, as it did before calls were stopped.
     */
    private static boolean initializingAClass(StackTraceElement[] frames) {
        for (StackTraceElement f : frames) {
            if (f.getMethodName().equals("<clinit>")) {
                return true;
            }
        }
        return false;
    }

    /** The server's thread enters the submission's code; its answer is to go at {@code answerTurn}. */
    void entering(long answerTurn) {
        running = answerTurn;
    }

    /** The server's thread left the submission's code (a call returned, or the submission calls back). */
    void leaving() {
        running = 0;
    }

    /** @return whether a ThreadDeath on the server's thread is this stopper's doing */
    boolean stoppedACall() {
        return stopped != 0;
    }

    /**
     * The stop was answered.
     *
     * @return whether the JVM may serve on: no thread the submission started is still alive
     */
    boolean settle() {
        stopped = 0;
        running = 0;
        for (Thread t : allThreads()) {
            if (t != server && !hostThreads.contains(t)) {
                return false;
            }
        }
        return true;
    }

    private static ThreadGroup rootGroup() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root;
    }

    /** @return every live thread of this JVM, in every group */
    private static List<Thread> allThreads() {
        ThreadGroup root = rootGroup();
        Thread[] threads = new Thread[root.activeCount() + 16];
        int n;
        while ((n = root.enumerate(threads, true)) == threads.length) {
            threads = new Thread[2 * threads.length];
        }
        List<Thread> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(threads[i]);
        }
        return list;
    }
}
