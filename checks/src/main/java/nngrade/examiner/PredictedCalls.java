package nngrade.examiner;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import nngrade.checks.api.CheckSettings;
import nngrade.checks.api.Subjects;
import nngrade.checks.support.DifferenceQuestion;
import nngrade.checks.support.Expect;
import nngrade.host.CentralDifferences;
import nngrade.host.References;
import nngrade.host.Wire;
import nngrade.host.WireInput;
import nngrade.host.WireOutput;
import nngrade.problems.Solutions;

/**
 * The calls a check will make into the submission, learnt before it runs by rehearsing it here
 * with the reference standing in for the submission: a correct submission answers as the
 * reference does, and most checks ask the same questions whatever the answers, so the host can
 * answer them all in one exchange ({@link Speculation}).
 *
 * <p>What is predicted must tell the submission nothing of the reference: a call whose inputs
 * were computed from the reference's answers (a forward pass's output fed to the backward pass)
 * would carry them into the submission's process. So the check is rehearsed twice, the second
 * time with every number of every answer {@linkplain Nudge nudged} by the least step, and only
 * the calls both rehearsals make alike, bit for bit, are predicted: the prediction stops at the
 * first call that differs. (The nudged rehearsal judges no number, {@link Expect#nudgedRehearsal},
 * so that a check comparing exactly still takes the plain rehearsal's path.) It stops too at a call that passes anything but plain data (a
 * callback, a generator, an object of the submission), at a value the host would number as an
 * object of its own anywhere but in a factory's return, and after {@value #MAX_CALLS} calls or
 * {@value #MAX_BYTES} bytes. What is not predicted the check asks live, as ever.
 */
final class PredictedCalls {

    static final int MAX_CALLS = 4 * Wire.MAX_BATCH;
    static final long MAX_BYTES = 16L << 20;

    private final Object reference;
    private final boolean nudged;
    private final List<byte[]> calls = new ArrayList<>();
    private final WireOutput out = new WireOutput(new PlainDataOnly());
    private long bytes;
    private int handles = 1; // the host numbers the factory 0, then each object it hands out
    private boolean stopped;

    /** Predictions kept in this JVM, by seed and check: rehearsing costs the examiner more than the host's answers do. */
    private static final Map<String, List<byte[]>> KEPT = new ConcurrentHashMap<>();
    private static final AtomicLong KEPT_BYTES = new AtomicLong();
    /** At most this much is kept; a prediction past it is made again each time. */
    static final long MAX_KEPT_BYTES = 256L << 20;

    /**
     * A check's prediction depends on nothing but the check, the seed and the reference, all the
     * same for every submission an examiner grades: so it is made once per check and seed, and
     * kept. (Were a check to ask other things from one run to the next, a kept prediction would
     * cost it a run again live, no more.)
     *
     * <p>Those the grader shipped ({@link ShippedPredictions}) are taken from there.
     *
     * @param check names the check, unique among checks
     * @param make  makes the prediction
     */
    static List<byte[]> cached(String check, Supplier<List<byte[]>> make) {
        String key = key(check);
        List<byte[]> kept = KEPT.get(key);
        if (kept != null) {
            return kept;
        }
        List<byte[]> made = ShippedPredictions.besideTheJar().flatMap(s -> s.get(key))
                .orElseGet(() -> List.copyOf(make.get()));
        long size = made.stream().mapToLong(q -> q.length + 16L).sum();
        if (KEPT_BYTES.addAndGet(size) <= MAX_KEPT_BYTES) {
            KEPT.put(key, made);
        } else {
            KEPT_BYTES.addAndGet(-size);
        }
        return made;
    }

    /** @return the key of a check's prediction under the seed of the grading under way */
    static String key(String check) {
        return CheckSettings.seed() + " " + check;
    }

    private PredictedCalls(Object reference, boolean nudged) {
        this.reference = reference;
        this.nudged = nudged;
    }

    /**
     * Rehearses a check twice against the reference and returns the calls it is predicted to make.
     *
     * @param check      runs the check once; its verdict is ignored
     * @param submission what the checks see as the submission, put back after each rehearsal
     * @param reference  the reference
     * @return whole CALL messages, in order; possibly none
     */
    static List<byte[]> of(Runnable check, Solutions submission, Solutions reference) {
        List<byte[]> plain = rehearse(check, submission, reference, false);
        if (plain.isEmpty()) {
            return plain;
        }
        List<byte[]> moved = rehearse(check, submission, reference, true);
        int n = 0;
        while (n < plain.size() && n < moved.size() && Arrays.equals(plain.get(n), moved.get(n))) {
            n++;
        }
        return plain.subList(0, n);
    }

    private static List<byte[]> rehearse(Runnable check, Solutions submission, Solutions reference, boolean nudged) {
        PredictedCalls p = new PredictedCalls(reference, nudged);
        Subjects.install(p.standIn(Solutions.class, reference, 0), reference);
        Expect.nudgedRehearsal(nudged);
        try {
            check.run();
        } catch (Throwable verdictIgnored) {
            // the rehearsal's verdict means nothing: only its calls matter
        } finally {
            Expect.nudgedRehearsal(false);
            Subjects.install(submission, reference);
        }
        return p.calls;
    }

    /** @return a stand-in for the reference's object {@code target}, known to the host as {@code handle} */
    private <T> T standIn(Class<T> type, Object target, int handle) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new StandIn(type, target, handle)));
    }

    /** What the check holds as the submission's object: each call noted, then made on the reference's. */
    private final class StandIn implements InvocationHandler, DifferenceQuestion.Asker {
        private final Class<?> type;
        private final Object target;
        private final int handle;

        StandIn(Class<?> type, Object target, int handle) {
            this.type = type;
            this.target = target;
            this.handle = handle;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "the submission's " + type.getSimpleName();
                };
            }
            return call(target, handle, method, args == null ? new Object[0] : args);
        }

        /** Notes the question as the host gets it and answers it as the host would, from the reference. */
        @Override
        public double[] differences(Method method, Object[] args, CentralDifferences.Question q) throws Throwable {
            note(Wire.DIFFERENCES, handle, method, args, q);
            double[] sums;
            try {
                sums = CentralDifferences.answer(q, args, a -> method.invoke(target, a));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return nudged ? (double[]) nudge(sums) : sums;
        }
    }

    private Object call(Object target, int handle, Method method, Object[] args) throws Throwable {
        note(Wire.CALL, handle, method, args, null);
        Object[] before = nudged ? Arrays.stream(args).map(Nudge::snapshot).toArray() : null;
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally { // what the reference wrote into an argument is an answer too
            nudgeChanges(args, before);
        }
        Class<?> type = method.getReturnType();
        if (result != null && type.isInterface()) {
            return standIn(type, result, handles++);
        }
        if (!plain(result)) {
            stopped = true; // the host numbers the objects in it: later numbers are not known
            return result;
        }
        return nudged ? nudge(result) : result;
    }

    /** Notes a CALL, or a DIFFERENCES with its question, as the examiner would send it. */
    private void note(byte kind, int handle, Method method, Object[] args, CentralDifferences.Question q) {
        if (stopped) {
            throw Stop.STOP;
        }
        try {
            // no changes to kept arrays: the host keeps none of a prediction
            out.begin(kind).writeInt(0).writeCall(handle, method, args);
            if (q != null) {
                q.write(out);
            }
        } catch (Stop | IllegalArgumentException notPlain) {
            stopped = true;
            throw Stop.STOP;
        }
        bytes += out.length();
        if (calls.size() >= MAX_CALLS || bytes > MAX_BYTES) {
            stopped = true;
            throw Stop.STOP;
        }
        calls.add(Arrays.copyOf(out.bytes(), out.length()));
    }

    private void nudgeChanges(Object[] args, Object[] before) {
        if (before != null) {
            for (int i = 0; i < args.length; i++) {
                Nudge.changes(args[i], before[i]);
            }
        }
    }

    private Object nudge(Object result) {
        try {
            return Nudge.copy(result);
        } catch (Nudge.CannotNudge e) {
            stopped = true;
            return result;
        }
    }

    /** @return whether a value holds only data: nothing the host would number as an object */
    private static boolean plain(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String || v instanceof Enum<?>
                || v instanceof Character) {
            return true;
        } else if (v.getClass().isArray()) {
            return v.getClass().getComponentType().isPrimitive() || Arrays.stream((Object[]) v).allMatch(PredictedCalls::plain);
        } else if (v instanceof List<?> list) {
            return list.stream().allMatch(PredictedCalls::plain);
        } else if (v.getClass().isRecord()) {
            for (var c : v.getClass().getRecordComponents()) {
                try {
                    if (!plain(c.getAccessor().invoke(v))) {
                        return false;
                    }
                } catch (ReflectiveOperationException e) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Ends a rehearsal at a call that cannot be predicted: the calls before it stand. */
    private static final class Stop extends Error {
        private static final long serialVersionUID = 1L;
        static final Stop STOP = new Stop();

        private Stop() {
            super("not predicted", null, false, false);
        }
    }

    /** Lets plain data only into a prediction: anything passed by reference stops it. */
    private static final class PlainDataOnly implements References {
        @Override
        public void write(WireOutput out, Object value, Class<?> declared) {
            throw Stop.STOP;
        }

        @Override
        public Object read(WireInput in, byte tag, Class<?> declared) {
            throw new IllegalStateException("a prediction reads nothing");
        }
    }
}
