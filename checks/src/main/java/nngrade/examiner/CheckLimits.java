package nngrade.examiner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The time each check may take against a submission, derived from the reference's own time on
 * that check so that a submission stuck in a loop costs about a second, not ten:
 *
 * <pre>limit = max(2 s, 20 t_ref) + n_ref * 20 us + a_ref * 150 us</pre>
 *
 * where t_ref is the reference's time on the check in a warm JVM, n_ref the number of calls it
 * makes into the implementation and the implementation makes back into the checks' objects (a
 * gradient function, a line search), and a_ref how many of those cross the channel alone: every
 * call back, every call not made in a batch, and the first call of each batch's exchange. A call
 * riding in a batch costs a few microseconds (20
 * us leaves room for a loaded machine and a cold JIT); one that crosses alone is a round trip
 * between the JVMs, 66 us on an idle machine. Graded as a batch grades, a correct Nesterov
 * optimizer spent 2.4 s on one check of 11,987 calls and 11,387 calls back, each alone, against
 * a limit of 2.5 s that priced every call at 20 us; other optimizer and schedule checks ran out
 * at random. The floor is 2 s, not 1 s: on this 2-core machine at a load of 8, a cold host and
 * examiner took a correct submission past 1 s.
 *
 * <p>A loop keeps a CPU busy; a loaded machine only makes a check wait. So the host also has a
 * budget of CPU time, which no load inflates, with the floor the wall clock cannot have:
 *
 * <pre>cpu limit = max(1 s, 20 t_ref) + n_ref * 20 us + a_ref * 100 us</pre>
 *
 * Measured on the bundled examples graded two at a time, the most host CPU a correct submission
 * used on one check was 0.19 s (act.selu's self-normalization when it drew 10^6 samples, t_ref =
 * 34 ms), against its budget of 1.7 s; an infinite loop is stopped after about 1 s of CPU instead
 * of 2 s of wall time.
 *
 * <p>Much of that second is the fresh host JVM's compiler at work, not the submission. So the
 * host's threads that run Java code (the submission's and the call server's, the JVM's compiler
 * and VM threads left out, as {@link ThreadTicks} finds them) have a budget of their own, with a
 * lower floor:
 *
 * <pre>code cpu limit = max(0.3 s, 20 t_ref) + n_ref * 100 us</pre>
 *
 * A call that crosses on its own (a check that cannot be answered ahead) costs the call server
 * up to 100 us of that thread's time. Measured on the examples graded two at a time (20
 * submissions, 7,248 checks), the most a correct submission used was 0.25 s of a budget of 0.51 s
 * (graph.forward_backward's gradient check: 2,600 calls, then each crossing alone, now in four
 * exchanges); the next was 0.12 s. A loop in a small check is stopped after 0.3 s instead of 1 s.
 *
 * <p>That floor pays for a fresh JVM: most of what a correct check's code spends beyond its own
 * work is the host's first check, which runs the call server and the submission in the
 * interpreter. A host that has served a check has warmed up, and its later checks get a floor of
 * {@value #WARM_CODE_CPU_FLOOR_MILLIS} ms:
 *
 * <pre>warm code cpu limit = max(0.15 s, 20 t_ref) + n_ref * 100 us</pre>
 *
 * Measured on the five examples graded four times over, two at a time (5,800 checks that ran to
 * their end), a check after a host's first used at most 90 ms (graph.forward_backward's gradient
 * check, whose 2,600 calls give it 0.41 s even at the lower floor); of those whose budget the
 * floor sets, at most 30 ms (act.swiglu's first check, the first call into its classes). A host's
 * first check used up to 50 ms. A submission whose later check was the first to use streams,
 * String.format, a regular expression, BigDecimal and java.time spent 20 ms on it. So a loop
 * after a host's first check costs 0.15 s instead of 0.3 s; the bundled hostile example loops in
 * six checks.
 *
 * <p>t_ref, n_ref and a_ref are measured when the grader is packaged (CheckTimes) and shipped in
 * {@value #RESOURCE}. A check missing there (the grader was built without it) gets
 * {@link #FALLBACK}. An instructor's --check-timeout replaces every limit with one of wall time.
 */
public final class CheckLimits {

    static final String RESOURCE = "/nngrade/check-times.tsv";
    static final long FLOOR_MILLIS = 2_000;
    static final int FACTOR = 20;
    static final double MILLIS_PER_CALL = 0.020;
    static final double MILLIS_PER_CALL_ALONE = 0.150;
    static final double CPU_MILLIS_PER_CALL_ALONE = 0.100;
    static final long CPU_FLOOR_MILLIS = 1_000;
    static final long CODE_CPU_FLOOR_MILLIS = 300;
    static final long WARM_CODE_CPU_FLOOR_MILLIS = 150;
    static final double CODE_CPU_MILLIS_PER_CALL = 0.100;
    static final Duration FALLBACK = Duration.ofSeconds(10);

    /** Each check's {t_ref in ms, n_ref, a_ref}: every limit is derived from these on demand. */
    private final Map<String, double[]> reference;
    private final Duration fixed;

    private CheckLimits(Map<String, double[]> reference, Duration fixed) {
        this.reference = reference;
        this.fixed = fixed;
    }

    /** @return the limits derived from the reference's times shipped with the grader */
    public static CheckLimits calibrated() {
        return new CheckLimits(read(), null);
    }

    /** @return the same limit of wall time for every check, and none of CPU time */
    public static CheckLimits fixed(Duration limit) {
        return new CheckLimits(Map.of(), limit);
    }

    /** @return the limit of the check with this key ({@code problem/check name}), in milliseconds */
    public long millis(String key) {
        if (fixed != null) {
            return fixed.toMillis();
        }
        return derived(key, CheckLimits::wallMillis);
    }

    /**
     * @return the host CPU time the check with this key may use, in milliseconds; -1 for none
     *     (an instructor's fixed limit is of wall time only)
     */
    public long cpuMillis(String key) {
        if (fixed != null) {
            return -1;
        }
        return derived(key, m -> limit(CPU_FLOOR_MILLIS, MILLIS_PER_CALL, m[0], (long) m[1])
                + roundTrips(CPU_MILLIS_PER_CALL_ALONE, (long) m[2]));
    }

    /**
     * @return the CPU time the host's threads that run code (the JVM's compiler left out) may use
     *     on the check with this key, in milliseconds; -1 for none
     */
    public long codeCpuMillis(String key) {
        if (fixed != null) {
            return -1;
        }
        return derived(key, m -> limit(CODE_CPU_FLOOR_MILLIS, CODE_CPU_MILLIS_PER_CALL, m[0], (long) m[1]));
    }

    /**
     * @return the same as {@link #codeCpuMillis} on a host that has served a check before, with the
     *     lower floor of a warm JVM; -1 for none
     */
    public long warmCodeCpuMillis(String key) {
        if (fixed != null) {
            return -1;
        }
        return derived(key, m -> limit(WARM_CODE_CPU_FLOOR_MILLIS, CODE_CPU_MILLIS_PER_CALL, m[0], (long) m[1]));
    }

    /** @return the rule applied to the check's measurements, or {@link #FALLBACK} for a check not measured */
    private long derived(String key, ToLongFunction<double[]> rule) {
        double[] measured = reference.get(key);
        return measured == null ? FALLBACK.toMillis() : rule.applyAsLong(measured);
    }

    /** @return the wall-clock limit of a check measured as {t_ref in ms, n_ref, a_ref} */
    private static long wallMillis(double[] m) {
        return limit(FLOOR_MILLIS, MILLIS_PER_CALL, m[0], (long) m[1]) + roundTrips(MILLIS_PER_CALL_ALONE, (long) m[2]);
    }

    /** @return a limit no check exceeds: the engine's own timeout, a backstop behind the channel's */
    public Duration backstop() {
        long max = fixed != null ? fixed.toMillis()
                : Math.max(FALLBACK.toMillis(), reference.values().stream().mapToLong(CheckLimits::wallMillis).max().orElse(0));
        return Duration.ofMillis(2 * max + 5_000);
    }

    /**
     * @return max(floor, 20 t_ref) + n_ref * perCall for a check the reference passes in
     *     {@code refMillis} with {@code refCalls} calls: the wall-clock limit (floor 2 s, 20 us a
     *     call), the CPU budget (1 s, 20 us) and the code's CPU budget (0.3 s, or 0.15 s on a warm
     *     host; 100 us)
     */
    static long limit(long floorMillis, double perCallMillis, double refMillis, long refCalls) {
        return (long) Math.ceil(Math.max(floorMillis, FACTOR * refMillis) + refCalls * perCallMillis);
    }

    /** @return the time {@code alone} calls that cross the channel alone take, at {@code perCall} each */
    static long roundTrips(double perCall, long alone) {
        return (long) Math.ceil(alone * perCall);
    }

    /** @return each check's {t_ref in ms, n_ref, a_ref}, as CheckTimes wrote them */
    private static Map<String, double[]> read() {
        Map<String, double[]> limits = new HashMap<>();
        try (InputStream in = CheckLimits.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return limits;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                if (f.length == 4 && !line.startsWith("#")) {
                    limits.put(f[0], new double[] {Double.parseDouble(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return limits;
    }
}
