package nngrade.examiner;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import nngrade.checks.api.CheckSettings;
import nngrade.checks.support.Batch;
import nngrade.engine.CheckObserver;
import nngrade.engine.CheckResult;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.problems.Catalogue;
import nngrade.problems.Solutions;

/**
 * Measures, when the grader is packaged, the reference's time on every check in a warm JVM and
 * the number of calls each check makes into the implementation and the implementation makes back
 * into the checks' objects (a gradient function, a line search), and of those the calls that
 * would cross the channel alone: outside a batch, or first in a batch's exchange. Those are the
 * figures {@link CheckLimits} turns into each check's time limit. Three runs: the first warms the
 * JIT up, the other two are measured and the larger time kept (a check that is sometimes slow gets
 * the room it needs). Each run grades a new implementation object, as a batch grades a new
 * submission: a result the checks of a problem make once per submission and share is measured in
 * the check that makes it. (With one object for all three runs, the overfitting run of
 * babysit.overfit_small was made in the warm-up run only, and the check that makes it when a
 * submission is graded was measured at 1 ms and no calls; it used 80 to 130 ms of a host's code
 * CPU, against the floor of 150 ms its limit then had.)
 *
 * <p>Usage: {@code CheckTimes OUTPUT.tsv}. Writes "key, milliseconds, calls, calls alone" per line.
 */
public final class CheckTimes {

    private static final int RUNS = 3;

    private CheckTimes() {
    }

    public static void main(String[] args) throws IOException {
        Solutions reference = ExaminerMain.referenceIfPresent();
        if (reference == null) {
            throw new IllegalStateException("measuring check times needs the reference");
        }
        Grader grader = new Grader(Catalogue.load());
        Map<String, Long> millis = new HashMap<>();
        Map<String, long[]> calls = new HashMap<>();
        Counters counter = new Counters(new AtomicLong(), new AtomicLong());
        for (int run = 0; run < RUNS; run++) {
            boolean measured = run > 0;
            // a new implementation each run, as each submission is: what checks compute once per
            // submission and share (a long training run) is paid again by the first of them
            Solutions counted = counting(reference, Solutions.class, counter);
            long[] before = new long[2];
            grader.grade(new GradeRequest(counted, reference, Set.of(), CheckSettings.DEFAULT_SEED, true,
                    GradeRequest.DEFAULT_CHECK_TIMEOUT), new CheckObserver() {
                        @Override
                        public void started(String problemId, String checkName) {
                            before[0] = counter.calls().get();
                            before[1] = counter.alone().get();
                        }

                        @Override
                        public void finished(CheckResult r) {
                            if (measured) {
                                millis.merge(r.key(), r.millis(), Math::max);
                                calls.put(r.key(), new long[] {counter.calls().get() - before[0],
                                    counter.alone().get() - before[1]});
                            }
                        }
                    });
        }
        StringBuilder tsv = new StringBuilder("# check\treference milliseconds (warm)\tcalls into the implementation"
                + " and back out of it\tof those, calls that cross alone (not riding in a batch)\n");
        millis.keySet().stream().sorted().forEach(k -> tsv.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%d%n", k,
                millis.get(k), calls.get(k)[0], calls.get(k)[1])));
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, tsv, StandardCharsets.UTF_8);
        System.out.println("check times of " + millis.size() + " checks written to " + out);
        System.exit(0); // checks may leave threads behind
    }

    /**
     * @return the implementation behind a proxy that counts every call into it and into what it
     *     returns, and every call it makes back into an object of the checks it was handed: each
     *     of them is a round trip when the implementation is a submission behind the channel
     */
    @SuppressWarnings("unchecked")
    private static <T> T counting(Object target, Class<T> type, Counters counter) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Counting(target, counter, true));
    }

    /**
     * Calls into the implementation and back out of it, and of those the calls that cross the
     * channel alone: every call back, every call the checks do not make as part of a batch, the
     * first call of each exchange of a batch ({@link Batch#batching()}), and every call of a batch
     * that passes a generator ({@link Batch#passesAGenerator}). Calls back through a subclass of
     * Random (a check's scripted draws) are not counted: a class cannot be wrapped in a proxy.
     */
    private record Counters(AtomicLong calls, AtomicLong alone) {
    }

    /** Counts the calls made through it; {@code implementation} for the reference's objects, not the checks'. */
    private record Counting(Object target, Counters counter, boolean implementation) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
            }
            counter.calls().incrementAndGet();
            // a call back always crosses alone, and so does each call of a batch that passes a generator
            if (!implementation || !Batch.batching() || Batch.passesAGenerator(args)) {
                counter.alone().incrementAndGet();
            }
            Object result;
            try {
                result = method.invoke(target, implementation ? countingCallbacks(method, args) : args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            Class<?> returned = method.getReturnType();
            return implementation && result != null && returned.isInterface()
                    && returned.getName().startsWith("nngrade.problems.") ? counting(result, returned, counter) : result;
        }

        /** @return the arguments, each object of the checks that the implementation may call back wrapped to count */
        private Object[] countingCallbacks(Method method, Object[] args) {
            if (args == null) {
                return null;
            }
            Object[] passed = args.clone();
            Class<?>[] types = method.getParameterTypes();
            for (int i = 0; i < passed.length; i++) {
                if (types[i].isInterface() && ExaminerReferences.crossesAsCallBack(passed[i], types[i])
                        && !countedAlready(passed[i])) {
                    passed[i] = Proxy.newProxyInstance(types[i].getClassLoader(), new Class<?>[] {types[i]},
                            new Counting(passed[i], counter, false));
                }
            }
            return passed;
        }

        /**
         * @return whether an argument is an object of the implementation, counted where it came
         *     from (through the channel it crosses as a handle)
         */
        private static boolean countedAlready(Object a) {
            return Proxy.isProxyClass(a.getClass()) && Proxy.getInvocationHandler(a) instanceof Counting;
        }
    }
}
