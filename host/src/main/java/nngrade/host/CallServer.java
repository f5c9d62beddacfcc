package nngrade.host;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import nngrade.problems.NotImplementedYet;

/**
 * Serves the examiner's calls into the submission, one at a time, on the host's main thread.
 *
 * <p>A call arrives as (object number, method key, arguments). The arguments are fresh copies
 * (an array handed to several calls of one batch is one copy, {@link Wire#BATCH_REF});
 * after the call, every argument array the submission changed is sent back so the examiner
 * writes the change into its own array, as an in-process call would have left it; a returned
 * array that is one of the arguments goes back as a reference to it; draws from the caller's
 * generators and drawn values go back as a log to replay. While a call runs, the submission may call objects of
 * the examiner (a line search, a gradient function): those calls travel the other way and
 * nest, and the examiner may call into the submission again inside them.
 *
 * <p>Nothing here decides anything: the examiner judges every value it gets.
 */
final class CallServer {

    private static final int MAX_FRAMES = 8;

    private final Channel channel;
    private final CappedOutput printed;
    private final Thread serverThread = Thread.currentThread();
    private final HostReferences references = new HostReferences(this);
    private final WireOutput out = new WireOutput(references);
    private final WireInput in = new WireInput(references);
    private final Retention retention = new Retention();
    private int callDepth;

    private final boolean loopback;
    private final Channel.Patience patience;
    /** Stops a call the examiner gave up on; null where calls are not stopped (a loopback host). */
    private final CallStopper stopper;

    /**
     * @param patience how long to wait for the examiner: a host JVM stops when the examiner is
     *                 gone; a loopback host waits as long as its test
     * @param loopback whether this serves an object of the examiner's own JVM (tests only)
     * @param stopper  stops a call the examiner gave up on; null for none
     */
    CallServer(Channel channel, Object solutions, CappedOutput printed, Channel.Patience patience, boolean loopback,
            CallStopper stopper) {
        this.loopback = loopback;
        this.stopper = stopper;
        this.patience = patience;
        this.channel = channel;
        this.printed = printed;
        references.reset(solutions);
        out.keeping(retention.numbers());
        in.keeping(retention::array);
    }

    /** Answers messages until the examiner says it is done. */
    void serve() {
        while (true) {
            try {
                serveOne();
            } catch (ThreadDeath stop) {
                if (stopper == null || !stopper.stoppedACall()) {
                    throw stop;
                }
                answerStopped();
            }
        }
    }

    /** Answers one message. */
    private void serveOne() {
        byte kind = receive();
        switch (kind) {
            case Wire.CALL -> answerCall();
            case Wire.DIFFERENCES -> make(prepareCall(null, true));
            case Wire.BATCH -> answerBatch(false);
            case Wire.SPECULATION -> answerBatch(true);
            case Wire.RESET -> {
                references.reset(null);
                retention.reset();
                out.begin(Wire.OUTPUT);
                printed.drainTo(out);
                send();
            }
            case Wire.SHUTDOWN -> {
                if (loopback) {
                    throw new LoopbackHost.Shutdown();
                }
                Runtime.getRuntime().halt(0);
            }
            default -> throw new IllegalStateException("unexpected message " + kind);
        }
    }

    /**
     * A call the examiner gave up on was stopped ({@link CallStopper}): whatever was under way is
     * dropped (the examiner resets the check next), and the examiner is told, unless a thread the
     * submission started lives on, which only the end of this JVM stops.
     */
    private void answerStopped() {
        callDepth = 0;
        batchDepth = -1;
        if (!stopper.settle()) {
            Runtime.getRuntime().halt(4);
        }
        out.begin(Wire.STOPPED);
        send();
    }

    /** Whether the submission may call back now: only on this thread, during a call. */
    boolean mayCallBack() {
        return Thread.currentThread() == serverThread && callDepth > 0;
    }

    /**
     * Calls an object of the examiner and waits for its answer, serving the calls into the
     * submission that come meanwhile.
     */
    Object callBack(int object, Method method, Object[] args) {
        boolean stoppable = stopper != null && callDepth == 1;
        if (stoppable) {
            stopper.leaving(); // the examiner computes meanwhile: nothing of the submission's to stop
        }
        try {
            return awaitCallBack(object, method, args);
        } finally {
            if (stoppable) {
                stopper.entering(channel.nextTurn());
            }
        }
    }

    private Object awaitCallBack(int object, Method method, Object[] args) {
        out.begin(Wire.CALLBACK).writeCall(object, method, args);
        List<Object> sent = out.arraysWritten();
        send();
        while (true) {
            byte kind = receive();
            switch (kind) {
                case Wire.CALL -> answerCall();
                case Wire.BATCH -> answerBatch(false);
                case Wire.CALLBACK_RETURN -> {
                    return in.referringTo(sent).readValue(method.getReturnType());
                }
                case Wire.CALLBACK_THROW -> throw new ExaminerFailure(in.readInt(), in.readText(Wire.MAX_TEXT),
                        in.readText(Wire.MAX_TEXT));
                default -> throw new IllegalStateException("unexpected message " + kind + " during a callback");
            }
        }
    }

    /**
     * Makes the calls of a batch in order, each exactly as if it had come alone, and sends their
     * answers in one message. The batch is copied first: a callback during a call receives other
     * messages into the channel's buffer.
     *
     * @param speculative whether the calls are a check's predicted calls ({@link Wire#SPECULATION}):
     *                    then one that throws does not end the batch, and one that cannot be made
     *                    ends it before anything of it runs
     */
    private void answerBatch(boolean speculative) {
        int n = in.readInt();
        if (n < 1 || n > Wire.MAX_BATCH) {
            throw new IllegalStateException("a batch of " + n + " calls");
        }
        byte[][] calls = new byte[n][];
        for (int i = 0; i < n; i++) {
            calls[i] = in.readBytes();
        }
        // a batch the examiner sends during a callback of this one's calls needs a buffer of its own
        WireOutput answers = batchDepth >= 0 ? new WireOutput(null) : batchAnswers;
        int outerDepth = batchDepth;
        batchDepth = callDepth;
        try {
            answerBatch(calls, answers, speculative);
        } finally {
            batchDepth = outerDepth;
        }
    }

    /** The buffer of a batch's answers, kept from one batch to the next. */
    private final WireOutput batchAnswers = new WireOutput(null);

    private void answerBatch(byte[][] calls, WireOutput answers, boolean speculative) {
        answers.begin(Wire.BATCH_REPLY);
        int countAt = answers.length();
        answers.writeInt(0);
        int answered = 0;
        List<List<Object>> requests = new ArrayList<>(); // an array handed to several calls is one array here too
        for (byte[] call : calls) {
            in.begin(call, call.length);
            byte kind = in.readByte();
            if (kind != Wire.CALL && (kind != Wire.DIFFERENCES || !speculative)) {
                throw new IllegalStateException("a batch holds calls only");
            }
            Prepared prepared;
            try {
                prepared = prepareCall(requests, kind == Wire.DIFFERENCES);
            } catch (RuntimeException cannotBeMade) {
                if (!speculative) {
                    throw cannotBeMade;
                }
                break; // a prediction that went past what this submission handed out
            }
            requests.add(prepared.request());
            make(prepared);
            answers.writeBytes(out.bytes(), out.length());
            answered++;
            if (out.bytes()[0] == Wire.THROW && (!speculative || notImplemented(lastThrown))) {
                break; // a caller's loop ends at the first exception; a check of what is not done yet goes live
            }
        }
        answers.putInt(countAt, answered);
        channel.send(answers.bytes(), answers.length(), patience);
    }

    /**
     * The call depth at which the innermost batch being answered makes its calls, or -1: the answer
     * of a call made there is collected, not sent. A call the examiner makes during a callback of
     * one of them is answered as ever, and a batch it sends then collects its own.
     */
    private int batchDepth = -1;

    private void answerCall() {
        make(prepareCall(null, false));
    }

    /**
     * A call read from its message, not yet made: its object, method, arguments and their copies,
     * and the central-difference question it asks, or null for a plain call.
     */
    private record Prepared(Object target, Method method, Object[] args, List<Object> request,
            Object[] before, List<Mirrored> mirrored, CentralDifferences.Question question) {
    }

    /**
     * Reads a call; nothing of the submission runs here.
     *
     * @param earlier     the arrays of the batch's calls before this one, or null for a call alone
     * @param differences whether a central-difference question follows the call ({@link Wire#DIFFERENCES})
     */
    private Prepared prepareCall(List<List<Object>> earlier, boolean differences) {
        int syncs = in.readInt();
        for (int i = 0; i < syncs; i++) { // the examiner's changes to arrays the submission keeps
            Object kept = retention.array(in.readInt());
            in.readUpdateOf(kept);
            retention.synced(kept);
        }
        Object target = references.handle(in.readInt());
        Method method = MethodKeys.resolve(in.readString(), ContractTypes::callable);
        if (!method.getDeclaringClass().isInstance(target)) {
            throw new IllegalStateException(target.getClass() + " is not a " + method.getDeclaringClass());
        }
        Object[] args;
        try {
            args = readArguments(method, earlier);
        } finally {
            in.earlierInBatch(null); // a call during a callback of this one is not of the batch
        }
        List<Object> request = in.arrays();
        CentralDifferences.Question question = differences ? questionAbout(args) : null;
        return new Prepared(target, method, args, request, snapshots(request), references.takeMirrored(), question);
    }

    /** Reads a central-difference question and refuses one its call's arguments cannot answer. */
    private CentralDifferences.Question questionAbout(Object[] args) {
        CentralDifferences.Question q = CentralDifferences.Question.read(in);
        int k = q.argument();
        if (k < 0 || k >= args.length || !java.util.Arrays.stream(args).allMatch(CentralDifferences::plain)
                || !CentralDifferences.perturbable(args[k])
                || q.values().length > 2 * CentralDifferences.flatLength(args[k])) {
            throw new IllegalStateException("a central-difference question its call cannot answer");
        }
        return q;
    }

    private void make(Prepared p) {
        Object target = p.target();
        Method method = p.method();
        Object[] args = p.args();
        Object result = null;
        Throwable thrown = null;
        boolean stoppable = stopper != null && callDepth == 0;
        if (stoppable) {
            stopper.entering(channel.nextTurn());
        }
        callDepth++;
        try {
            result = p.question() == null ? method.invoke(target, args) : answer(p);
        } catch (InvocationTargetException e) {
            thrown = e.getCause();
        } catch (IllegalAccessException e) {
            thrown = e;
        } finally {
            callDepth--;
            if (stoppable) {
                stopper.leaving();
            }
        }
        if (thrown instanceof ThreadDeath stop && stoppable && stopper.stoppedACall()) {
            throw stop; // the examiner's stop, not the submission's own: out past a batch's answers, to serve
        }
        lastThrown = thrown;
        reply(target, p.question() == null ? method.getReturnType() : double[].class, result, thrown, p.request(),
                p.before(), p.mirrored());
    }

    /**
     * @return the sums of a central-difference question's points
     * @throws InvocationTargetException wrapping what the first call that threw threw (or what
     *     else was thrown meanwhile, e.g. running out of memory for the copies)
     */
    private static Object answer(Prepared p) throws InvocationTargetException, IllegalAccessException {
        try {
            return CentralDifferences.answer(p.question(), p.args(), a -> p.method().invoke(p.target(), a));
        } catch (InvocationTargetException | IllegalAccessException e) {
            throw e;
        } catch (Throwable t) {
            throw new InvocationTargetException(t);
        }
    }

    /** What the last call made threw, or null. */
    private Throwable lastThrown;

    private static boolean notImplemented(Throwable t) {
        int depth = 0;
        for (Throwable c = t; c != null && depth++ < 64; c = c.getCause()) {
            if (c instanceof NotImplementedYet) {
                return true;
            }
        }
        return false;
    }

    private Object[] readArguments(Method method, List<List<Object>> earlier) {
        in.earlierInBatch(earlier);
        Class<?>[] types = MethodKeys.parameterTypes(method);
        int n = in.readInt();
        if (n != types.length) {
            throw new IllegalStateException(method + " takes " + types.length + " arguments, not " + n);
        }
        Object[] args = new Object[n];
        for (int i = 0; i < n; i++) {
            args[i] = in.readValue(types[i]);
        }
        return args;
    }

    private void reply(Object target, Class<?> returns, Object result, Throwable thrown, List<Object> request,
            Object[] before, List<Mirrored> mirrored) {
        int handedOut = references.count();
        if (thrown == null) {
            try {
                out.beginReply(Wire.RETURN, request).writeValue(result, returns);
            } catch (RuntimeException cannotCross) {
                thrown = new IllegalArgumentException("the value returned cannot be sent to the grader: "
                        + cannotCross.getMessage());
            }
        }
        if (thrown != null) {
            out.beginReply(Wire.THROW, request);
            writeThrowable(thrown);
        }
        writeUpdates(request, before);
        out.writeInt(mirrored.size());
        for (Mirrored m : mirrored) {
            m.writeLog(out);
        }
        List<Object> owners = List.of(target);
        if (references.count() > handedOut) {
            owners = new ArrayList<>(owners);
            owners.addAll(references.since(handedOut));
        }
        retention.writeChanges(out, owners, request, out.arraysWritten());
        if (callDepth != batchDepth) {
            send();
        }
    }

    private void writeThrowable(Throwable t) {
        String problem = "";
        for (Throwable c = t; c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof NotImplementedYet n) {
                problem = String.valueOf(n.problemId());
                break;
            }
        }
        out.writeString(t.getClass().getName())
                .writeString(cut(String.valueOf(t.getMessage())))
                .writeByte(t.getMessage() == null ? 0 : 1)
                .writeString(cut(problem))
                .writeInt(t instanceof ExaminerFailure f ? f.id : -1);
        List<StackTraceElement> frames = new ArrayList<>();
        for (StackTraceElement e : t.getStackTrace()) {
            String c = e.getClassName();
            if (!c.startsWith("nngrade.host.") && !c.startsWith("jdk.internal.reflect.")
                    && frames.size() < MAX_FRAMES) {
                frames.add(e);
            }
        }
        out.writeInt(frames.size());
        for (StackTraceElement e : frames) {
            out.writeString(cut(e.getClassName())).writeString(cut(e.getMethodName()))
                    .writeString(cut(String.valueOf(e.getFileName()))).writeInt(e.getLineNumber());
        }
    }

    /** @return a copy of every argument array, by number, to see afterwards which ones the submission changed */
    private static Object[] snapshots(List<Object> request) {
        Object[] copies = new Object[request.size()];
        for (int i = 0; i < copies.length; i++) {
            copies[i] = Snapshots.copy(request.get(i));
        }
        return copies;
    }

    /** Writes the argument arrays the submission changed: count, then number and contents of each. */
    private void writeUpdates(List<Object> request, Object[] before) {
        int countAt = out.length();
        out.writeInt(0);
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            Object a = request.get(i);
            if (!Snapshots.same(a, before[i])) {
                out.writeInt(i).writeArrayContents(a);
                changed++;
            }
        }
        out.putInt(countAt, changed);
    }

    private byte receive() {
        byte[] message = channel.receive(patience);
        in.begin(message, channel.receivedLength());
        return in.readByte();
    }

    private void send() {
        channel.send(out.bytes(), out.length(), patience);
    }

    private static String cut(String s) {
        return s.length() <= Wire.MAX_TEXT ? s : s.substring(0, Wire.MAX_TEXT) + " ...";
    }

    /**
     * An exception the examiner's callback threw, rethrown inside the submission; if it comes
     * back out of the submission, the examiner rethrows its own original by its number.
     */
    static final class ExaminerFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int id;

        ExaminerFailure(int id, String type, String message) {
            super(type + ": " + message);
            this.id = id;
        }
    }
}
