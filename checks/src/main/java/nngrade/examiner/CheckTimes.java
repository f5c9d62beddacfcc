package nngrade.examiner;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
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
import nngrade.engine.CheckObserver;
import nngrade.engine.CheckResult;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.problems.Catalogue;
import nngrade.problems.Solutions;

/**
 * Measures, when the grader is packaged, the reference's time on every check in a warm JVM and
 * the number of calls each check makes into the implementation: the figures {@link CheckLimits}
 * turns into each check's time limit. Three runs: the first warms the JIT up, the other two are
 * measured and the larger time kept (a check that is sometimes slow gets the room it needs).
 *
 * <p>Usage: {@code CheckTimes OUTPUT.tsv}. Writes "key, milliseconds, calls" per line.
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
        Map<String, Long> calls = new HashMap<>();
        AtomicLong counter = new AtomicLong();
        Solutions counted = counting(reference, Solutions.class, counter);
        for (int run = 0; run < RUNS; run++) {
            boolean measured = run > 0;
            long[] before = new long[1];
            grader.grade(new GradeRequest(counted, reference, Set.of(), CheckSettings.DEFAULT_SEED, true,
                    GradeRequest.DEFAULT_CHECK_TIMEOUT), new CheckObserver() {
                        @Override
                        public void started(String problemId, String checkName) {
                            before[0] = counter.get();
                        }

                        @Override
                        public void finished(CheckResult r) {
                            if (measured) {
                                millis.merge(r.key(), r.millis(), Math::max);
                                calls.put(r.key(), counter.get() - before[0]);
                            }
                        }
                    });
        }
        StringBuilder tsv = new StringBuilder("# check\treference milliseconds (warm)\tcalls into the implementation\n");
        millis.keySet().stream().sorted().forEach(k -> tsv.append(String.format(Locale.ROOT, "%s\t%d\t%d%n", k,
                millis.get(k), calls.get(k))));
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, tsv, StandardCharsets.UTF_8);
        System.out.println("check times of " + millis.size() + " checks written to " + out);
        System.exit(0); // checks may leave threads behind
    }

    /** @return the implementation behind a proxy that counts every call into it and into what it returns */
    @SuppressWarnings("unchecked")
    private static <T> T counting(Object target, Class<T> type, AtomicLong counter) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
            }
            counter.incrementAndGet();
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            Class<?> returned = method.getReturnType();
            return result != null && returned.isInterface() && returned.getName().startsWith("nngrade.problems.")
                    ? counting(result, returned, counter) : result;
        });
    }
}
