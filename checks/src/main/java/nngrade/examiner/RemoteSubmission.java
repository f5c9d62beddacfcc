package nngrade.examiner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nngrade.problems.Solutions;

/**
 * A submission as the checks see it when it runs in a JVM of its own: a {@link Solutions} whose
 * every call is forwarded to the submission's host. Between checks the host forgets the check's
 * objects; a check that times out, or during which the host dies, costs that check only: the
 * next check gets a fresh host.
 */
public final class RemoteSubmission implements AutoCloseable {

    /** How a check ended on the host's side: what the submission printed, and why the host was lost, if it was. */
    public record CheckEnd(String printed, SubmissionLost lost) {
    }

    private final HostStarter starter;
    private final int maxRestarts;
    private final Solutions solutions;
    private HostConnection current;
    private List<String> notStarted;
    private int restarts;
    private long checkDeadlineNanos = Long.MAX_VALUE;
    private long checkLimitMillis;
    private long calls;
    private long callbacks;
    private long bytes;
    private long exchanges;
    private long hostCpuNanos;

    @FunctionalInterface
    interface HostStarter {
        HostConnection start() throws IOException;
    }

    private RemoteSubmission(HostStarter starter, int maxRestarts) throws IOException {
        this.starter = starter;
        this.maxRestarts = maxRestarts;
        this.current = starter.start();
        this.notStarted = current.notStarted();
        this.solutions = (Solutions) Proxy.newProxyInstance(Solutions.class.getClassLoader(),
                new Class<?>[] {Solutions.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "the submission";
                        };
                    }
                    return connection().call(0, method, args == null ? new Object[0] : args);
                });
    }

    /**
     * Starts a host JVM on compiled classes.
     *
     * @throws SubmissionLost if the submission cannot be loaded (no factory class, its constructor throws)
     */
    public static RemoteSubmission start(HostLaunch launch, Path classes, long startMillis, int maxRestarts)
            throws IOException {
        return new RemoteSubmission(() -> HostConnection.start(launch, classes, startMillis), maxRestarts);
    }

    /** Serves an object of this JVM through the channel, as tests do to compare with in-process grading. */
    public static RemoteSubmission loopback(Solutions solutions) {
        try {
            return new RemoteSubmission(() -> HostConnection.loopback(solutions), 1000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the submission, as the checks call it */
    public Solutions solutions() {
        return solutions;
    }

    /** @return the problems whose factory methods the submission does not override: settled without running */
    public List<String> notStarted() {
        return notStarted;
    }

    /** @return whether the host runs under the security manager */
    public boolean securityManager() {
        return current != null && current.securityManager();
    }

    /** A check starts: it may take this long, and is called this in messages. */
    public void beginCheck(String title, long limitMillis) {
        beginCheck(title, limitMillis, -1, -1, -1);
    }

    /**
     * A check starts: it may take this long, and use this much of the host's CPU time
     * ({@link CheckLimits}), and is called this in messages.
     *
     * @param cpuMillis     the host CPU time it may use; negative for no limit but the wall clock's
     * @param codeCpuMillis the CPU time the host's threads that run code may use, the JVM's
     *     compiler left out, on a host's first check; negative for no limit but the others
     * @param warmCodeCpuMillis the same on a host that has served a check before (a lower floor,
     *     {@link CheckLimits#warmCodeCpuMillis})
     */
    public void beginCheck(String title, long limitMillis, long cpuMillis, long codeCpuMillis, long warmCodeCpuMillis) {
        checkTitle = title;
        checkLimitMillis = limitMillis + coldStartAllowance();
        checkDeadlineNanos = System.nanoTime() + checkLimitMillis * 1_000_000;
        checkCpuMillis = cpuMillis;
        checkCodeCpuMillis = codeCpuMillis;
        checkWarmCodeCpuMillis = warmCodeCpuMillis;
        if (current != null && current.lost() == null) {
            current.deadline(checkLimitMillis, timeoutReason());
            setCpuBudgets();
        }
    }

    /** The host CPU time the check under way may use; negative for no limit. */
    private long checkCpuMillis = -1;
    /** The CPU time the host's threads that run code may use on the check under way; negative for no limit. */
    private long checkCodeCpuMillis = -1;
    /** The same on a host that has served a check before; negative for no limit. */
    private long checkWarmCodeCpuMillis = -1;
    /** Whether the current host has served a whole check and serves on: its JVM has warmed up. */
    private boolean hostServedACheck;

    /** Gives the current host the whole CPU budgets of the check under way. */
    private void setCpuBudgets() {
        long code = hostServedACheck ? checkWarmCodeCpuMillis : checkCodeCpuMillis;
        current.cpuBudget(checkCpuMillis, cpuReason(checkCpuMillis), code, cpuReason(code));
    }

    /**
     * The first check on a fresh JVM, the host's or this examiner's, also pays for that JVM's
     * warming up: loading and compiling the call server, the submission's classes, the checks'
     * libraries. On a loaded machine that alone can pass a check's limit of 2 s, which would cost a
     * correct submission the points of whichever check happens to come first. So that check gets
     * {@value #COLD_START_MILLIS} ms more, once per JVM.
     */
    private long coldStartAllowance() {
        boolean cold = coldHost | !EXAMINER_WARM.getAndSet(true);
        coldHost = false;
        return cold ? COLD_START_MILLIS : 0;
    }

    /** Extra time for the first check on a fresh JVM (see {@link #coldStartAllowance}). */
    static final long COLD_START_MILLIS = 5_000;
    /**
     * Extra time for the check that meets a host started again after one was lost: the examiner is
     * warm by then and the host starts from the class-data archive, so it needs less than the first
     * one. (It was {@value #COLD_START_MILLIS} ms: a submission that loops in every check of a
     * problem then cost 7 s a check instead of 3.)
     */
    static final long RESTART_ALLOWANCE_MILLIS = 1_000;
    private static final java.util.concurrent.atomic.AtomicBoolean EXAMINER_WARM =
            new java.util.concurrent.atomic.AtomicBoolean();
    /** Whether the current host has not served a check yet. */
    private boolean coldHost = true;

    /** A check ended: collects what the submission printed and whether the host was lost. */
    public CheckEnd endCheck() {
        if (CheckCpuLog.on()) {
            recordCpu();
        }
        checkDeadlineNanos = Long.MAX_VALUE;
        checkCpuMillis = -1;
        checkCodeCpuMillis = -1;
        checkWarmCodeCpuMillis = -1;
        if (current == null) {
            return new CheckEnd("", null);
        }
        SubmissionLost lost = current.lost();
        boolean keep = lost == null || current.keepAfterStop(); // it may have stopped the check's call and serve on
        if (keep) {
            setCpuBudgets(); // none between checks
            hostServedACheck = true;
        }
        String printed = "";
        if (keep) {
            try {
                current.deadline(5_000, "the submission's JVM did not answer between checks");
                printed = current.reset();
            } catch (SubmissionLost l) {
                lost = lost == null ? l : lost;
                keep = false;
            }
        }
        if (!keep) {
            retire();
            startStandby();
        }
        return new CheckEnd(printed, lost);
    }

    /** Records the code CPU the check that ends used against its budget ({@link CheckCpuLog}). */
    private void recordCpu() {
        long budget = hostServedACheck ? checkWarmCodeCpuMillis : checkCodeCpuMillis;
        long used = current == null ? -1 : current.codeNanosSinceBudget(); // a stopped host's as at its stop
        CheckCpuLog.record(checkTitle, used < 0 ? -1 : used / 1_000_000, budget);
    }

    /**
     * The engine gave up on a check on its own (its backstop timeout): the call that may still be
     * running is abandoned with the host, and the next check gets a fresh one.
     */
    public void abandon(String reason) {
        if (current != null) {
            current.stop(reason);
            retire();
            startStandby();
        }
    }

    /**
     * Rehearses a check against the reference ({@link PredictedCalls}) and has the host answer the
     * calls it will make, in one exchange, before it runs for real ({@link Speculation}).
     *
     * @param check     runs the check once
     * @param reference the reference, which stands in for the submission in the rehearsal
     */
    void speculate(Runnable check, Solutions reference) {
        List<byte[]> predicted = PredictedCalls.cached(checkTitle, () -> PredictedCalls.of(check, solutions, reference));
        if (predicted.isEmpty()) {
            return;
        }
        String problem = checkTitle.substring(0, Math.max(0, checkTitle.indexOf(": ")));
        try {
            if (connection().speculate(predicted, !answering.contains(problem))) {
                answering.add(problem);
            } else {
                answering.remove(problem);
            }
        } catch (RuntimeException lostOrRefused) {
            // a lost host: the check meets it in its first call; anything else: the check runs live
        }
    }

    /** @return whether the check that just ran asked something other than its predicted calls */
    boolean diverged() {
        return current != null && current.diverged();
    }

    /** The check runs again, live: the host forgets the objects the speculation made calls on. */
    void rerunLive() {
        reruns++;
        if (current != null && current.lost() == null) {
            current.endSpeculation();
            try {
                current.reset(); // what it printed while it went ahead is not this run's
            } catch (SubmissionLost lost) {
                // the rerun meets it in its first call
            }
        }
    }

    /** The check ended: what is left of its speculation answers nothing. */
    void endSpeculation() {
        if (current != null) {
            current.endSpeculation();
        }
    }

    /** @return checks whose calls the host answered ahead, and checks run again for leaving them */
    public long[] speculations() {
        return new long[] {speculated + (current == null ? 0 : current.speculated), reruns};
    }

    private long speculated;
    private long reruns;
    /** Calls stopped by hosts retired so far. */
    private long stops;
    /** The check under way, as {@link #beginCheck} named it. */
    private String checkTitle = "";
    /** The problems whose last speculated check had every predicted call made: not a problem left undone. */
    private final java.util.Set<String> answering = new java.util.HashSet<>();

    /** @return calls made into the submission so far, over all its JVMs */
    public long calls() {
        return calls + (current == null ? 0 : current.calls);
    }

    public long callbacks() {
        return callbacks + (current == null ? 0 : current.callbacks);
    }

    /** @return bytes that crossed the channel, both ways */
    public long bytes() {
        return bytes + (current == null ? 0 : current.bytesIn + current.bytesOut);
    }

    /** @return messages sent to the submission's JVMs: each a hand-over of the turn, and a wait for the answer */
    public long exchanges() {
        return exchanges + (current == null ? 0 : current.exchanges);
    }

    /**
     * @return the CPU time of the submission's JVMs so far, in milliseconds: every host that served
     *     it, each read as it was retired, and the current one now (0 where the kernel does not say)
     */
    public long hostCpuMillis() {
        return (hostCpuNanos + (current == null ? 0 : Math.max(0, current.cpuNanos()))) / 1_000_000;
    }

    /** @return calls past their CPU budget that a host stopped when asked, serving on */
    public long callsStopped() {
        return stops + (current == null ? 0 : current.stops);
    }

    /** @return how many times a host was started again after one was lost */
    public int restarts() {
        return restarts;
    }

    private String timeoutReason() {
        return "did not finish within " + seconds(checkLimitMillis) + " (an infinite loop?): the grader stopped it";
    }

    private static String cpuReason(long millis) {
        return "kept the CPU busy for more than " + seconds(millis)
                + " (an infinite loop?): the grader stopped it";
    }

    private HostConnection connection() {
        if (current != null && current.lost() == null) {
            return current;
        }
        if (current != null) {
            throw current.lost(); // lost during this very check: the rest of it fails at once
        }
        if (restarts >= maxRestarts) {
            throw new SubmissionLost("not run: the submission's JVM was lost " + restarts + " times", false);
        }
        restarts++;
        long started = System.nanoTime();
        try {
            current = nextHost();
            hostServedACheck = false;
            coldHost = true;
        } catch (IOException e) {
            throw new SubmissionLost("the submission's JVM could not be started again: " + e.getMessage(), false);
        }
        // the start does not count against the check, and the fresh JVM's warming up is allowed for
        checkDeadlineNanos += System.nanoTime() - started + RESTART_ALLOWANCE_MILLIS * 1_000_000;
        coldHost = false;
        current.deadline(Math.max(0, (checkDeadlineNanos - System.nanoTime()) / 1_000_000), timeoutReason());
        setCpuBudgets(); // the whole budgets: the lost host's use is not this one's
        return current;
    }

    /**
     * A host started as soon as the last one was lost (a loop, say), while the examiner finishes
     * that check and begins the next: the check that needs it waits for less of a JVM's start.
     */
    private Future<HostConnection> standby;

    private static final ExecutorService STANDBY = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "nngrade-host-standby");
        t.setDaemon(true);
        return t;
    });

    private void startStandby() {
        if (standby == null && restarts < maxRestarts) {
            standby = STANDBY.submit(starter::start);
        }
    }

    /** @return the standby host if one was started, else a host started now */
    private HostConnection nextHost() throws IOException {
        Future<HostConnection> s = standby;
        standby = null;
        if (s == null) {
            return starter.start();
        }
        try {
            return s.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // SubmissionLost: it started, and could not load the submission
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the submission's JVM", e);
        }
    }

    /** Shuts a standby host nobody will use, without waiting for it to finish starting. */
    private void dropStandby() {
        Future<HostConnection> s = standby;
        standby = null;
        if (s != null) {
            STANDBY.execute(() -> {
                try {
                    s.get().close();
                } catch (ExecutionException | RuntimeException e) {
                    // it did not start: nothing to close
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    private void retire() {
        calls += current.calls;
        callbacks += current.callbacks;
        bytes += current.bytesIn + current.bytesOut;
        exchanges += current.exchanges;
        speculated += current.speculated;
        stops += current.stops;
        hostCpuNanos += Math.max(0, current.cpuNanos()); // before it is stopped: a killed JVM's time is gone
        current.close();
        current = null;
    }

    private static String seconds(long millis) {
        String known = SECONDS.get(millis);
        if (known == null) {
            known = millis % 1000 == 0 ? millis / 1000 + " s"
                    : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
            if (SECONDS.size() < 10_000) { // a check's time left after a restart can be any number
                SECONDS.put(millis, known);
            }
        }
        return known;
    }

    /** Limits written out so far: three a check, the same for every submission (formatting them was 5% of a blank one's time). */
    private static final java.util.Map<Long, String> SECONDS = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void close() {
        if (current != null) {
            retire();
        }
        dropStandby();
    }
}
