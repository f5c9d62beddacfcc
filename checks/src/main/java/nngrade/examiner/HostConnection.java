package nngrade.examiner;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import nngrade.host.PipeDoorbell;
import nngrade.host.ThreadDoorbell;
import nngrade.host.LoopbackHost;
import nngrade.problems.Solutions;
import nngrade.host.Channel;
import nngrade.host.ContractTypes;
import nngrade.host.MethodKeys;
import nngrade.host.CentralDifferences;
import nngrade.host.Wire;
import nngrade.host.WireInput;
import nngrade.host.WireOutput;

/**
 * One submission JVM (a host) and the channel to it, seen from the examiner. A call into the
 * submission means exactly what it means in-process: arguments go over as copies and the ones the
 * submission changed come back into the caller's arrays; a returned argument is the caller's own
 * array; the submission's objects are proxies; the checks' objects it calls back are served
 * here; exceptions keep their type. Every answer is a claim from an untrusted process: anything
 * malformed, late or missing ends the connection with {@link SubmissionLost}.
 */
final class HostConnection implements AutoCloseable {

    private final Peer peer;
    private final Path folder;
    private final Channel channel;
    private final ExaminerReferences references = new ExaminerReferences(this);
    private final WireOutput out = new WireOutput(references);
    private final WireInput in = new WireInput(references);
    private final KeptArrays kept = new KeptArrays();
    private final List<String> notStarted = new ArrayList<>();
    private boolean securityManager;

    private volatile long deadlineNanos;
    private volatile String deadlineReason = "";
    private volatile SubmissionLost lost;

    /** Figures of the channel's use, for the report's extra data. */
    long calls;
    long callbacks;
    long bytesOut;
    /** Messages sent: a call alone is one, a batch of calls is one. */
    long exchanges;
    long bytesIn;

    /** The other end: a host JVM, or (in tests) a thread serving an object of this JVM. */
    interface Peer {
        boolean isAlive();

        /** @return why it ended, once it has */
        String death();

        void kill();

        /**
         * Lists the host's JVM threads as they are now, before any submitted code has run: those
         * that are the JVM's own are left out of the code's CPU time from then on.
         */
        default void listThreads() {
        }

        /** @return the CPU time the host has used so far, read once for both budgets */
        default CpuTime cpuTime() {
            return CpuTime.UNKNOWN;
        }
    }

    /**
     * The CPU time a host has used so far, in nanoseconds, each -1 where the kernel does not say.
     *
     * @param nanos     the host JVM's, every thread of it
     * @param codeNanos its threads' that run Java code, the JVM's own compiler and VM threads left out
     */
    record CpuTime(long nanos, long codeNanos) {
        static final CpuTime UNKNOWN = new CpuTime(-1, -1);
    }

    private HostConnection(Peer peer, Path folder, Channel channel) {
        out.keeping(kept.numbers());
        in.keeping(kept::array);
        this.peer = peer;
        this.folder = folder;
        this.channel = channel;
    }

    /**
     * Connects to a host that serves an object of this very JVM on a thread ({@link nngrade.host.LoopbackHost}):
     * the channel and its copies exactly as between processes, for tests that compare grades
     * through the channel with grades in-process.
     */
    static HostConnection loopback(Solutions solutions) throws IOException {
        Path folder = ChannelFolders.create(Path.of(System.getProperty("java.io.tmpdir")), "nngrade-loopback-");
        Path file = ChannelFolders.channelFile(folder);
        ThreadDoorbell examinerBell = new ThreadDoorbell();
        ThreadDoorbell hostBell = new ThreadDoorbell();
        Channel.createFile(file, Wire.BUFFER);
        Channel channel = Channel.open(file, Wire.MAX_MESSAGE, Channel.EXAMINER, examinerBell, hostBell);
        Thread server = LoopbackHost.serve(file, solutions, examinerBell, hostBell);
        HostConnection c = new HostConnection(new Peer() {
            public boolean isAlive() {
                return server.isAlive();
            }

            public String death() {
                return "the loopback host thread ended";
            }

            public void kill() {
                server.interrupt();
            }
        }, folder, channel);
        c.deadline(60_000, "the loopback host did not start");
        c.helloOrClose();
        return c;
    }

    /**
     * Starts a host JVM on compiled classes and waits until it has loaded them.
     *
     * @param launch  how to start it
     * @param classes the submission's classes
     * @param within  how long it may take to start and load the submission
     */
    static HostConnection start(HostLaunch launch, Path classes, long withinMillis) throws IOException {
        Path folder = launch.channelFolder();
        Path file = ChannelFolders.channelFile(folder);
        ProcessBuilder builder = new ProcessBuilder(launch.command(file, classes));
        builder.environment().clear(); // no JAVA_TOOL_OPTIONS or the like reaches the submission's JVM
        Process process;
        Channel channel;
        try {
            // the file must exist, shared with the host's user, before the host opens it
            Channel.createFile(file, Wire.BUFFER);
            HostLaunch.share(file, classes);
            process = startFromLongLivedThread(builder);
        } catch (IOException | RuntimeException e) {
            ChannelFolders.delete(folder);
            throw e;
        }
        HostConnection c;
        try {
            // the host rings on its standard output and sleeps on its standard input
            PipeDoorbell bell = new PipeDoorbell(process.getInputStream(), process.getOutputStream());
            channel = Channel.open(file, Wire.MAX_MESSAGE, Channel.EXAMINER, bell, bell);
            c = new HostConnection(new HostProcess(process), folder, channel);
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            ChannelFolders.delete(folder);
            throw e;
        }
        c.stoppable = true;
        c.deadline(withinMillis, "the submission's JVM did not start within " + withinMillis / 1000 + " s");
        c.helloOrClose();
        return c;
    }

    /** Waits for the host's hello; a host that does not say it is closed, its channel folder deleted. */
    private void helloOrClose() {
        try {
            hello();
        } catch (RuntimeException | SubmissionLost e) {
            close();
            throw e;
        }
    }

    private void hello() {
        byte kind = receive();
        if (kind == Wire.UP) { // a host JVM (a loopback host runs no JVM of its own)
            peer.listThreads();
            out.begin(Wire.LOAD);
            channel.send(out.bytes(), out.length(), this::stillWaiting);
            kind = receive();
        }
        if (kind == Wire.FATAL) {
            throw lose(in.readText(Wire.MAX_TEXT), false);
        }
        if (kind != Wire.HELLO) {
            throw lose("the submission's JVM broke the protocol at start", false);
        }
        securityManager = in.readByte() != 0;
        int n = in.readInt();
        if (n < 0 || n > 10_000) {
            throw lose("the submission's JVM broke the protocol at start", false);
        }
        for (int i = 0; i < n; i++) {
            notStarted.add(in.readText(200));
        }
    }

    /**
     * bubblewrap's --die-with-parent kills the sandbox when the thread that started it ends (the
     * kernel ties the signal to a thread, not a process), and checks run on threads of their own:
     * so every host is started from one thread that lives as long as the examiner.
     */
    private static Process startFromLongLivedThread(ProcessBuilder builder) throws IOException {
        try {
            return STARTER.submit(builder::start).get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the submission's JVM", e);
        }
    }

    private static final java.util.concurrent.ExecutorService STARTER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nngrade-host-starter");
        t.setDaemon(true);
        return t;
    });

    /** @return the problems whose factory methods the submission does not override */
    List<String> notStarted() {
        return List.copyOf(notStarted);
    }

    boolean securityManager() {
        return securityManager;
    }

    /** Sets how long the current check may still take; past it the host is stopped. */
    void deadline(long millis, String reason) {
        deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        deadlineReason = reason;
        ScheduledFuture<?> previous = watchdog;
        if (previous != null) {
            previous.cancel(false);
        }
        // A side asleep on its doorbell does not look at the clock: the watchdog stops the host,
        // which ends the pipe and wakes it.
        watchdog = WATCHDOG.schedule(() -> {
            if (System.nanoTime() - deadlineNanos >= 0) {
                lose(reason, true);
            }
        }, millis, TimeUnit.MILLISECONDS);
    }

    private volatile ScheduledFuture<?> watchdog;

    /**
     * Sets the CPU budgets of the current check: {@code millis} for the host's processes as a
     * whole, and {@code codeMillis} for its threads that run Java code ({@link CpuTime#codeNanos}),
     * which a loop in the submission fills without the JVM's warming up (its compiler threads)
     * counting. Past either, the host is stopped (a loop), however long the wall clock still
     * allows. A budget whose CPU time cannot be read is ignored.
     *
     * @param millis     the whole host's budget from now, in milliseconds; negative for none
     * @param codeMillis the budget of the threads that run code, from now; negative for none
     */
    void cpuBudget(long millis, String reason, long codeMillis, String codeReason) {
        CpuTime used = millis < 0 && codeMillis < 0 ? CpuTime.UNKNOWN : peer.cpuTime();
        long now = millis < 0 ? -1 : used.nanos();
        long code = codeMillis < 0 ? -1 : used.codeNanos();
        cpuLimitNanos = now < 0 ? Long.MAX_VALUE : now + TimeUnit.MILLISECONDS.toNanos(millis);
        codeCpuLimitNanos = code < 0 ? Long.MAX_VALUE : code + TimeUnit.MILLISECONDS.toNanos(codeMillis);
        codeBudgetFromNanos = code;
        cpuReason = reason;
        codeCpuReason = codeReason;
        if ((now >= 0 || code >= 0) && cpuWatch == null) {
            scheduleCpuReading(CPU_POLL_MILLIS);
        }
    }

    /**
     * The longest time between two readings of the host's CPU time. A reading is sooner when a
     * budget is nearly spent ({@link #nextReading}): a loop used to overrun its budget by 50 to 60
     * ms of code CPU, a third of the floor of a warm host's budget, polled every 50 ms.
     */
    static final long CPU_POLL_MILLIS = 50;
    /** The shortest: the kernel counts a thread's time in ticks of 10 ms. */
    static final long MIN_CPU_POLL_MILLIS = 5;
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private volatile long cpuLimitNanos = Long.MAX_VALUE;
    private volatile long codeCpuLimitNanos = Long.MAX_VALUE;
    private volatile String cpuReason = "";
    private volatile String codeCpuReason = "";
    private volatile ScheduledFuture<?> cpuWatch;
    private volatile boolean closed;
    /** The code CPU time read when the current code budget was set, in ns; -1 with none. */
    private volatile long codeBudgetFromNanos = -1;

    /**
     * @return the code CPU time used since the current code budget was set, in ns; -1 if there is
     *     none or the host's CPU time cannot be read (it was stopped)
     */
    long codeNanosSinceBudget() {
        long from = codeBudgetFromNanos;
        long now = from < 0 ? -1 : peer.cpuTime().codeNanos();
        return now < 0 ? -1 : now - from;
    }

    private void scheduleCpuReading(long delayMillis) {
        if (!closed) {
            cpuWatch = WATCHDOG.schedule(this::watchCpu, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void watchCpu() {
        long next = CPU_POLL_MILLIS;
        try {
            next = readCpu();
        } finally {
            scheduleCpuReading(next);
        }
    }

    /**
     * Reads the host's CPU time and stops the check under way if it is past a budget.
     *
     * @return the milliseconds until the next reading
     */
    private long readCpu() {
        long limit = cpuLimitNanos;
        long codeLimit = codeCpuLimitNanos;
        if (closed || lost != null || limit == Long.MAX_VALUE && codeLimit == Long.MAX_VALUE) {
            return CPU_POLL_MILLIS;
        }
        CpuTime used = peer.cpuTime();
        if (limit != Long.MAX_VALUE && used.nanos() > limit) {
            stopOrLose(cpuReason);
            return CPU_POLL_MILLIS;
        } else if (codeLimit != Long.MAX_VALUE && used.codeNanos() > codeLimit) {
            stopOrLose(codeCpuReason);
            return CPU_POLL_MILLIS;
        }
        long slack = Long.MAX_VALUE;
        if (limit != Long.MAX_VALUE && used.nanos() >= 0) {
            slack = limit - used.nanos();
        }
        if (codeLimit != Long.MAX_VALUE && used.codeNanos() >= 0) {
            slack = Math.min(slack, codeLimit - used.codeNanos());
        }
        return nextReading(slack, CORES);
    }

    /**
     * @param slackNanos the CPU time left in the tighter budget
     * @param cores      the machine's cores: the host's threads together use at most this many
     *                   seconds of CPU a second
     * @return the milliseconds until the budget can be spent at the soonest, between
     *     {@value #MIN_CPU_POLL_MILLIS} and {@value #CPU_POLL_MILLIS}
     */
    static long nextReading(long slackNanos, int cores) {
        long millis = slackNanos / 1_000_000 / Math.max(1, cores);
        return Math.max(MIN_CPU_POLL_MILLIS, Math.min(CPU_POLL_MILLIS, millis));
    }

    /**
     * A check's call ran past its CPU budget: asks the host to stop the call and keep serving
     * ({@link nngrade.host.CallStopper}), which spares a JVM's start; if it has not said
     * {@link Wire#STOPPED} for that very call {@value #STOP_GRACE_MILLIS} ms later, or no call is
     * under way, the host is stopped as before.
     */
    private void stopOrLose(String reason) {
        StopAsked asked = stopAsked;
        if (asked == null) {
            long turn = channel.awaitedTurn();
            if (turn != 0 && stoppable) {
                stopAsked = new StopAsked(new SubmissionLost(reason, true), turn, System.nanoTime());
                channel.requestStop(turn);
                return;
            }
        } else if (System.nanoTime() - asked.atNanos() < TimeUnit.MILLISECONDS.toNanos(STOP_GRACE_MILLIS)) {
            return;
        }
        lose(asked == null ? reason : asked.lost().getMessage(), true);
    }

    /**
     * How long a host may take to stop a call it was asked to stop, beyond the CPU readings'
     * period. It needs a few milliseconds (its stopper looks every 10 ms); the rest allows for a
     * loaded machine, and only a loop that outlives its stop waits it out.
     */
    static final long STOP_GRACE_MILLIS = 250;

    /**
     * A stop asked of the host: why (what the check is told), for the answer of which turn, and when.
     *
     * @param lost the check's outcome whether the host stops the call or is stopped itself
     */
    private record StopAsked(SubmissionLost lost, long turn, long atNanos) {
    }

    /** The stop asked of the host for the call under way, or null. */
    private volatile StopAsked stopAsked;
    /** Whether the host stops calls when asked: a host JVM does, a loopback host does not. */
    private boolean stoppable;
    /** Whether the host was lost for this check only: it stopped the call and serves on ({@link #keepAfterStop}). */
    private boolean stoppedAndKept;
    /** Calls the host stopped when asked, and kept serving. */
    long stops;

    /**
     * Takes a message that came while a stop was asked: {@link Wire#STOPPED} for that very turn
     * keeps the host, lost for the rest of this check only; anything else loses it.
     */
    private synchronized SubmissionLost takeStop(StopAsked asked, byte kind, long turn) {
        if (lost != null) {
            return lost;
        }
        stopAsked = null;
        if (kind != Wire.STOPPED || turn != asked.turn()) {
            return lose(asked.lost().getMessage(), true);
        }
        stops++;
        stoppedAndKept = true;
        lost = asked.lost();
        return lost;
    }

    /**
     * The check whose call the host stopped has ended: the host serves the next one.
     *
     * @return whether it was so (else the host was lost for good, or not at all)
     */
    synchronized boolean keepAfterStop() {
        if (!stoppedAndKept || lost == null || !peer.isAlive()) {
            return false;
        }
        stoppedAndKept = false;
        lost = null;
        return true;
    }

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nngrade-host-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** @return the CPU time the host JVM has used so far, in nanoseconds; -1 where the kernel does not say */
    long cpuNanos() {
        return peer.cpuTime().nanos();
    }

    /** @return why the host was lost, or null if it is still serving */
    SubmissionLost lost() {
        return lost;
    }

    /** Ends a check: the host forgets its objects; returns what the submission printed during it. */
    String reset() {
        references.reset();
        kept.reset();
        out.begin(Wire.RESET);
        send();
        if (receive() != Wire.OUTPUT) {
            throw lose("the submission's JVM broke the protocol", false);
        }
        String printed = in.readText(4 * 1024);
        long dropped = in.readLong();
        return dropped > 0 ? printed + "\n... (" + dropped + " more bytes of output cut)" : printed;
    }

    /** Calls a method of the submission's object number {@code handle}. */
    Object call(int handle, Method method, Object[] args) throws Throwable {
        if (lost != null) {
            throw lost;
        }
        writeCall(Wire.CALL, handle, method, args);
        return exchange(method.getReturnType());
    }

    /**
     * Asks a central-difference question of the submission's object number {@code handle}
     * ({@link Wire#DIFFERENCES}): the host makes {@code method}'s calls at the question's points.
     *
     * @return the sums of the points' terms, as {@link CentralDifferences#answer} gives them
     */
    double[] differences(int handle, Method method, Object[] args, CentralDifferences.Question q) throws Throwable {
        if (lost != null) {
            throw lost;
        }
        writeCall(Wire.DIFFERENCES, handle, method, args);
        q.write(out);
        return (double[]) exchange(double[].class);
    }

    /** Sends the call in {@code out}, or takes its answer from the speculation, and returns what it returns. */
    private Object exchange(Class<?> returns) throws Throwable {
        calls++;
        List<Object> sent = out.arraysWritten();
        List<Object> mirrored = references.takeMirrored();
        if (speculation != null) {
            byte[] answer = speculation.answerTo(out.bytes(), out.length());
            if (answer != null) {
                in.begin(answer, answer.length);
                return takeAnswer(in.readByte(), returns, sent, mirrored);
            }
            speculation = null; // the host made exactly the calls made so far: on, live
        }
        send();
        while (true) {
            byte kind = receive();
            if (kind == Wire.CALLBACK) {
                answerCallback();
                continue;
            }
            return takeAnswer(kind, returns, sent, mirrored);
        }
    }

    /** Takes an answer (RETURN or THROW) to a call whose arrays were {@code sent}: its value, or what it threw. */
    private Object takeAnswer(byte kind, Class<?> returns, List<Object> sent, List<Object> mirrored) throws Throwable {
        Object value;
        Throwable thrown = null;
        try {
            switch (kind) {
                case Wire.RETURN -> value = in.referringTo(sent).readValue(returns);
                case Wire.THROW -> {
                    value = null;
                    thrown = readThrowable();
                }
                default -> throw new IllegalStateException("unexpected message " + kind);
            }
            finishReply(sent, mirrored);
        } catch (RuntimeException malformed) {
            throw lose("the submission's JVM sent a malformed answer (" + malformed.getMessage() + ")", false);
        }
        if (thrown != null) {
            throw thrown;
        }
        return value;
    }

    /** The host's answers to this check's predicted calls, or null when the check runs live. */
    private Speculation speculation;
    /** Checks that took answers of a speculation (the reruns are counted by {@link RemoteSubmission}). */
    long speculated;

    /**
     * Sends the calls a check is predicted to make, {@link Wire#MAX_BATCH} to an exchange
     * ({@link Wire#SPECULATION}), and keeps the host's answers for the check to take as it makes
     * those very calls. The host makes them in order with nothing in between, whatever the number
     * of exchanges.
     *
     * @param predicted      whole CALL messages; not modified
     * @param firstPartAlone whether to send the first {@link #FIRST_PART} calls alone, as for a
     *                       problem that may not be done; else all of them in one exchange
     * @return whether the host made every predicted call
     */
    boolean speculate(List<byte[]> predicted, boolean firstPartAlone) {
        List<byte[]> answers = new ArrayList<>();
        long received = bytesIn;
        int size = firstPartAlone ? FIRST_PART : Wire.MAX_BATCH;
        for (int from = 0; from < predicted.size() && lost == null; from += size, size = Wire.MAX_BATCH) {
            List<byte[]> part = predicted.subList(from, Math.min(predicted.size(), from + size));
            int answered = speculatePart(part, answers);
            if (answered < part.size() || bytesIn - received > MAX_SPECULATED_BYTES) {
                break; // the host made no more, or gave enough to hold: the check goes live from there
            }
        }
        speculated++;
        speculation = new Speculation(predicted, answers);
        return answers.size() == predicted.size();
    }

    /**
     * Calls sent in a check's first exchange; the rest follow in one more, if the host made them
     * all. Where a problem is not done, its first call throws NotImplementedYet and the host makes
     * no more: sending all of a check's calls at once then moved them for nothing (74 MB for a
     * blank template, nearly all of its JVM's time), while a check of work that is done pays one
     * exchange more. So only a problem's first checks send a first part alone: once the host has
     * made all of a check's predicted calls, the next check of that problem sends all of its own
     * at once ({@link RemoteSubmission#speculate}). On the 50-bench that saved about 150 of a
     * submission's 1,314 exchanges (1,162 left), each a wake-up of the other JVM on a busy machine.
     */
    static final int FIRST_PART = 16;

    /** Answers held for one check at most, give or take one exchange's worth: the host's answers are its own to size. */
    static final long MAX_SPECULATED_BYTES = 64L << 20;

    /** @return how many of {@code part} the host made; their answers are added to {@code answers} */
    private int speculatePart(List<byte[]> part, List<byte[]> answers) {
        WireOutput whole = new WireOutput(null);
        whole.begin(Wire.SPECULATION).writeInt(part.size());
        part.forEach(q -> whole.writeBytes(q, q.length));
        bytesOut += whole.length();
        exchanges++;
        channel.send(whole.bytes(), whole.length(), this::stillWaiting);
        if (receive() != Wire.BATCH_REPLY) {
            throw lose("the submission's JVM broke the protocol (an answer to predicted calls)", false);
        }
        try {
            int n = in.readInt();
            if (n < 0 || n > part.size()) {
                throw new IllegalStateException(n + " answers to " + part.size() + " calls");
            }
            for (int i = 0; i < n; i++) {
                answers.add(in.readBytes());
            }
            if (!in.atEnd()) {
                throw new IllegalStateException("bytes after the last answer");
            }
            return n;
        } catch (RuntimeException malformed) {
            throw lose("the submission's JVM sent a malformed answer (" + malformed.getMessage() + ")", false);
        }
    }

    /** @return whether the check asked something other than its predicted calls */
    boolean diverged() {
        return speculation != null && speculation.diverged();
    }

    /** Forgets this check's speculation: what is left of it answers nothing. */
    void endSpeculation() {
        speculation = null;
    }

    /**
     * Writes a CALL message, or the start of a DIFFERENCES one, into {@code out}: the examiner's
     * changes to kept arrays, then the call.
     */
    private void writeCall(byte kind, int handle, Method method, Object[] args) {
        out.begin(kind);
        kept.writeChanges(out);
        out.writeCall(handle, method, args);
    }

    /** One call of a batch: a method of the submission's object number {@code handle}, with its arguments. */
    record Call(int handle, Method method, Object[] args) {
    }

    /**
     * Makes several calls in one exchange ({@link Wire#BATCH}): the host makes them in order with
     * nothing in between, as a loop of the checks would, and each answer is taken exactly as
     * {@link #call} takes it (updated arguments, kept arrays, callbacks meanwhile).
     *
     * <p>An array handed to several of the calls is one array in the host too ({@link Wire#BATCH_REF}),
     * as it is one array in a loop: each call sees what the calls before it left there, and each
     * answer's changes to it are written here in turn.
     *
     * @param batch     the calls; their arguments pass no plain java.util.Random (its mirror would start
     *                  from a state the earlier calls' draws have not yet reached)
     * @param afterEach run with a call's place in the batch once its answer is taken, its changes to
     *                  the arguments written, before the next answer is taken: where a loop would
     *                  look at the arguments after each call
     * @return the values returned, in order
     * @throws Throwable what the first call that threw threw; the calls after it were not made
     */
    List<Object> callAll(List<Call> batch, IntConsumer afterEach) throws Throwable {
        if (lost != null) {
            throw lost;
        }
        if (batch.isEmpty() || batch.size() > Wire.MAX_BATCH) {
            throw new IllegalArgumentException("a batch of " + batch.size() + " calls");
        }
        if (speculation != null) { // its calls were predicted one by one: taken one by one, as a loop would
            List<Object> values = new ArrayList<>(batch.size());
            int taken = 0;
            for (; taken < batch.size() && !speculation.exhausted(); taken++) {
                Call c = batch.get(taken);
                values.add(call(c.handle(), c.method(), c.args()));
                afterEach.accept(taken);
            }
            if (taken < batch.size()) { // the host made exactly the calls made so far: the rest in one exchange
                speculation = null;
                int before = taken;
                values.addAll(callAll(batch.subList(taken, batch.size()), i -> afterEach.accept(before + i)));
            }
            return values;
        }
        WireOutput whole = new WireOutput(null);
        whole.begin(Wire.BATCH).writeInt(batch.size());
        List<List<Object>> sent = new ArrayList<>();
        out.earlierInBatch(new IdentityHashMap<>());
        try {
            for (int i = 0; i < batch.size(); i++) {
                Call c = batch.get(i);
                writeCall(Wire.CALL, c.handle(), c.method(), c.args());
                if (!references.takeMirrored().isEmpty()) {
                    throw new IllegalArgumentException("a batch cannot pass a plain java.util.Random or drawn values");
                }
                sent.add(out.arraysWritten());
                out.endBatchCall(i);
                whole.writeBytes(out.bytes(), out.length());
            }
        } finally {
            out.earlierInBatch(null);
        }
        calls += batch.size();
        bytesOut += whole.length();
        exchanges++;
        channel.send(whole.bytes(), whole.length(), this::stillWaiting);
        while (true) {
            byte kind = receive();
            if (kind == Wire.CALLBACK) {
                answerCallback();
                continue;
            }
            if (kind != Wire.BATCH_REPLY) {
                throw lose("the submission's JVM broke the protocol (message " + kind + " for a batch)", false);
            }
            return readAnswers(batch, sent, afterEach);
        }
    }

    /** Reads a batch's answers: one per call up to the first that threw, which is thrown. */
    private List<Object> readAnswers(List<Call> batch, List<List<Object>> sent, IntConsumer afterEach) throws Throwable {
        byte[][] answers;
        try {
            int n = in.readInt();
            if (n < 1 || n > batch.size()) {
                throw new IllegalStateException(n + " answers to " + batch.size() + " calls");
            }
            answers = new byte[n][];
            for (int i = 0; i < n; i++) {
                answers[i] = in.readBytes();
            }
            if (!in.atEnd()) {
                throw new IllegalStateException("bytes after the last answer");
            }
        } catch (RuntimeException malformed) {
            throw lose("the submission's JVM sent a malformed answer (" + malformed.getMessage() + ")", false);
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            Throwable thrown = null;
            try {
                in.begin(answers[i], answers[i].length);
                byte kind = in.readByte();
                boolean last = i == answers.length - 1;
                if (kind == Wire.RETURN && (!last || answers.length == batch.size())) {
                    values.add(in.referringTo(sent.get(i)).readValue(batch.get(i).method().getReturnType()));
                } else if (kind == Wire.THROW && last) {
                    thrown = readThrowable();
                } else {
                    throw new IllegalStateException("answer " + (i + 1) + " of " + answers.length + " is message " + kind);
                }
                finishReply(sent.get(i), List.of());
            } catch (RuntimeException malformed) {
                throw lose("the submission's JVM sent a malformed answer (" + malformed.getMessage() + ")", false);
            }
            if (thrown != null) {
                throw thrown;
            }
            afterEach.accept(i);
        }
        return values;
    }

    private Throwable readThrowable() {
        String type = in.readText(300);
        String message = in.readText(Wire.MAX_TEXT);
        boolean hasMessage = in.readByte() != 0;
        String problem = in.readText(200);
        Throwable original = references.kept(in.readInt());
        int n = in.readInt();
        if (n < 0 || n > 64) {
            throw new IllegalStateException(n + " stack frames");
        }
        StackTraceElement[] frames = new StackTraceElement[n];
        for (int i = 0; i < n; i++) {
            frames[i] = new StackTraceElement(in.readText(300), in.readText(300), in.readText(300), in.readInt());
        }
        return original != null ? original
                : RemoteThrowables.rebuild(type, hasMessage ? message : null, problem, frames);
    }

    private void finishReply(List<Object> sent, List<Object> mirrored) {
        int n = in.readInt();
        if (n < 0 || n > sent.size()) {
            throw new IllegalStateException(n + " updated arguments of " + sent.size());
        }
        for (int i = 0; i < n; i++) {
            int number = in.readInt();
            if (number < 0 || number >= sent.size()) {
                throw new IllegalStateException("an update of argument array " + number);
            }
            in.readUpdateOf(sent.get(number));
        }
        DrawReplay.replay(in, mirrored);
        kept.readChanges(in, sent, in.arrays());
        if (!in.atEnd()) {
            throw new IllegalStateException("bytes after the end of the answer");
        }
    }

    /** The submission calls an object of the checks: run it here and send back what it gives. */
    private void answerCallback() {
        callbacks++;
        Object target = references.callback(in.readInt());
        Method method = MethodKeys.resolve(in.readString(),
                name -> name.equals(Random.class.getName()) ? Random.class : ContractTypes.callable(name));
        if (!method.getDeclaringClass().isInstance(target)) {
            throw new IllegalStateException("a callback to a method its object does not have");
        }
        Class<?>[] types = MethodKeys.parameterTypes(method);
        int n = in.readInt();
        if (n != types.length) {
            throw new IllegalStateException("a callback with " + n + " arguments");
        }
        Object[] args = new Object[n];
        for (int i = 0; i < n; i++) {
            args[i] = in.readValue(types[i]);
        }
        if (!in.atEnd()) {
            throw new IllegalStateException("bytes after the end of a callback");
        }
        List<Object> received = in.arrays();
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof SubmissionLost l) {
                throw l;
            }
            out.begin(Wire.CALLBACK_THROW).writeInt(references.keep(t)).writeString(t.getClass().getName())
                    .writeString(String.valueOf(t.getMessage()));
            send();
            return;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        out.beginReply(Wire.CALLBACK_RETURN, received).writeValue(result, method.getReturnType());
        send();
    }

    private void send() {
        exchanges++;
        bytesOut += out.length();
        channel.send(out.bytes(), out.length(), this::stillWaiting);
    }

    private byte receive() {
        long turn = channel.nextTurn();
        byte[] message = channel.receive(this::stillWaiting);
        bytesIn += channel.receivedLength();
        in.begin(message, channel.receivedLength());
        byte kind = in.readByte();
        StopAsked asked = stopAsked;
        if (asked != null) {
            throw takeStop(asked, kind, turn);
        }
        if (kind == Wire.STOPPED) {
            throw lose("the submission's JVM broke the protocol (a stop nobody asked for)", false);
        }
        return kind;
    }

    private void stillWaiting() {
        SubmissionLost l = lost;
        if (l != null) {
            throw l;
        }
        StopAsked asked = stopAsked;
        if (asked != null && !peer.isAlive()) {
            throw lose(asked.lost().getMessage(), true); // it halted: a thread of the submission's outlived the stop
        }
        if (System.nanoTime() - deadlineNanos > 0) {
            throw lose(deadlineReason, true);
        }
        if (!peer.isAlive()) {
            throw lose(peer.death(), false);
        }
    }

    /** Stops the host: the calls still waiting for it fail with {@link SubmissionLost}. */
    void stop(String reason) {
        lose(reason, true);
    }

    private synchronized SubmissionLost lose(String reason, boolean timedOut) {
        if (lost == null) {
            lost = new SubmissionLost(reason, timedOut);
            kill();
        }
        return lost;
    }

    private void kill() {
        peer.kill();
    }

    @Override
    public void close() {
        if (lost == null && peer.isAlive()) {
            try {
                out.begin(Wire.SHUTDOWN);
                channel.send(out.bytes(), out.length(), Channel.Patience.FOREVER);
            } catch (RuntimeException e) {
                // it is killed below anyway
            }
        }
        ScheduledFuture<?> w = watchdog;
        if (w != null) {
            w.cancel(false);
        }
        closed = true;
        ScheduledFuture<?> c = cpuWatch;
        if (c != null) {
            c.cancel(false);
        }
        kill();
        channel.close();
        ChannelFolders.delete(folder);
    }
}
