package nngrade.checks.support;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Input generators shared by the checks. Every generator draws from the run's seeded
 * QuickTheories source, so inputs are reproducible and failures shrink.
 *
 * <p>{@link #scalars()} mixes ordinary values with the edge cases the notes and PyTorch care about:
 * 0, tiny magnitudes, saturating values (+-30) and extreme ones (+-1000).
 *
 * <p>Shrinking moves a failing input toward simple, typical values: toward 1 rather than toward 0
 * or 1e-8, where a bug that scales the result (a missing factor 2) shrinks below every tolerance,
 * and toward fewer digits (integers and halves, then one decimal, ...), so the smallest failing
 * input a student reads is [-4.5, 1.0], not [-4.999999999857778, 1e-7].
 */
public final class Gens {

    /**
     * The edge cases every scalar generator includes, simplest first: a failing pick shrinks
     * toward the start of the list.
     */
    public static final List<Double> EDGE_CASES = List.of(
            1.0, -1.0, 3.0, -3.0, 0.0, 30.0, -30.0, 1000.0, -1000.0, 1e-8, -1e-8);

    /** The value shrinking heads for: typical, and no kink of the activations sits there. */
    public static final double SIMPLEST = 1;

    /**
     * @return upstream gradients dy in [-2, 2]; a failure shrinks toward dy = 2, not toward 1,
     *     where a backward that forgets to multiply by dy is right
     */
    public static Gen<Double> upstream() {
        return between(-2, 2, 2);
    }

    /** Positions of a uniform draw in its interval: every double of [0, 1) with 53 bits. */
    private static final long POSITIONS = 1L << 53;

    /** Digits of a drawn value: 0 keeps halves, 1 to 15 keep that many decimals, FULL keeps all. */
    private static final int FULL = 16;

    private Gens() {
    }

    /**
     * @return values in [lo, hi], uniform when drawn; most keep every digit, a fifth are rounded to
     *     halves or to 1 to 15 decimals. A failing value shrinks toward the point of [lo, hi]
     *     nearest {@link #SIMPLEST} and toward fewer digits.
     */
    public static Gen<Double> between(double lo, double hi) {
        return between(lo, hi, SIMPLEST);
    }

    /** @return {@link #between(double, double)} shrinking toward the point of [lo, hi] nearest simplest */
    public static Gen<Double> between(double lo, double hi, double simplest) {
        Interval key = new Interval(lo, hi, simplest);
        Gen<Double> made = MADE.get(key);
        if (made == null) {
            made = made(lo, hi, simplest);
            if (MADE.size() < MAX_MADE) {
                MADE.putIfAbsent(key, made);
            }
        }
        return made;
    }

    /**
     * The generators between() made, by their interval: several generators make one inside their
     * own generate, once per draw, and building the three it zips was a seventh of the time spent
     * drawing values in a {@code check reference}. A generator holds no state, so one serves all.
     */
    private static final Map<Interval, Gen<Double>> MADE = new ConcurrentHashMap<>();
    /** Intervals remembered at most: bounds computed from drawn values would otherwise grow it without end. */
    private static final int MAX_MADE = 10_000;

    private record Interval(double lo, double hi, double simplest) {
    }

    private static Gen<Double> made(double lo, double hi, double simplest) {
        double target = Math.min(hi, Math.max(lo, simplest));
        long targetPosition = hi == lo ? 0 : Math.round((target - lo) / (hi - lo) * POSITIONS);
        Gen<Long> position = Generate.longRange(0, POSITIONS, targetPosition);
        Gen<Integer> digits = Generate.frequency(Pair.of(1, Generate.range(0, FULL - 1)),
                Pair.of(4, Generate.constant(FULL)));
        return position.zip(digits, (k, d) -> rounded(k == targetPosition ? target : lo + (hi - lo) * k / POSITIONS,
                d, lo, hi));
    }

    /** @return v rounded to halves (digits 0) or to that many decimals, kept in [lo, hi]; all of v at FULL */
    private static double rounded(double v, int digits, double lo, double hi) {
        if (digits >= FULL) {
            return v;
        }
        double r = digits == 0 ? Math.rint(2 * v) / 2 : decimals(v, digits);
        return r < lo || r > hi ? v : r;
    }

    /** 10^d for d = 0 .. 15, each exact as a double. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};
    /** Below this, every double is an integer or lies exactly between two integers' doubles apart. */
    private static final double TWO_TO_52 = 0x1p52;

    /**
     * v rounded half-even to {@code digits} decimals, exactly as
     * {@code new BigDecimal(v).setScale(digits, HALF_EVEN).doubleValue()} (which it falls back to
     * for values it does not cover), at a twentieth of the cost: the generators call it for a
     * fifth of every number the checks draw.
     *
     * <p>Why it is exact: t = fl(v 10^d) and its error e = v 10^d - t, which Math.fma gives exactly,
     * make up the exact product x = t + e. With |t| < 2^52, n = rint(t) and f = t - n are exact,
     * f is a multiple of ulp(t) and |e| <= ulp(t)/2; so x rounds to n unless |f| = 1/2, where the
     * sign of e decides (e = 0 is a true tie, which rint already sent to the even side). Then
     * n / 10^d, one correctly rounded division, is what BigDecimal.doubleValue computes for an
     * unscaled value below 2^52 (and 0 has no sign there).
     */
    static double decimals(double v, int digits) {
        double p = POWERS_OF_TEN[digits];
        double t = v * p;
        if (!(Math.abs(t) < TWO_TO_52) || Math.abs(t) < 0x1p-900) {
            return Math.abs(t) < 0.25 ? 0.0 : new BigDecimal(v).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
        }
        double e = Math.fma(v, p, -t);
        double n = Math.rint(t);
        double f = t - n;
        if (f == 0.5 && e > 0) {
            n += 1;
        } else if (f == -0.5 && e < 0) {
            n -= 1;
        }
        return n == 0 ? 0.0 : n / p;
    }

    /**
     * @return a mix: 60% from between(-5, 5), 25% magnitudes log-uniform in [1e-8, 1e3] with a
     *     random sign, 15% picked from {@link #EDGE_CASES}; a failure shrinks into the first part
     */
    public static Gen<Double> scalars() {
        return Generate.frequency(
                Pair.of(12, between(-5, 5)),
                Pair.of(5, logMagnitudes(1e-8, 1e3)),
                Pair.of(3, Generate.pick(EDGE_CASES)));
    }

    /** @return scalars() kept at least {@code margin} away from every kink */
    public static Gen<Double> scalarsAwayFrom(double margin, double... kinks) {
        return scalars().assuming(x -> Arrays.stream(kinks).allMatch(k -> Math.abs(x - k) > margin));
    }

    /**
     * @return +-m 10^e with e an integer and m in [1, 10), log-uniform overall in [lo, hi], with a
     *     random sign; shrinks toward magnitude 1 and a short mantissa (1.5e-3, not 0.0014999999)
     */
    public static Gen<Double> logMagnitudes(double lo, double hi) {
        Gen<Double> exponent = between(Math.log10(lo), Math.log10(hi), 0);
        return exponent.zip(Generate.booleans(), (e, negative) -> (negative ? -1 : 1) * decimal(e, lo, hi));
    }

    /** @return 10^e written with at most 3 significant digits, as the nearest double to that decimal */
    private static double decimal(double e, double lo, double hi) {
        double v = Math.pow(10, e);
        double short3 = threeSignificantDigits(v);
        return short3 < lo || short3 > hi ? v : short3;
    }

    /** Significant digits {@link #threeSignificantDigits} keeps. */
    private static final MathContext THREE_DIGITS = new MathContext(3);
    /** The exact three-digit integers lie in [100, 1000). */
    private static final double LOWEST_THREE_DIGITS = 100;
    private static final double LOWEST_FOUR_DIGITS = 1000;

    /**
     * v rounded half-up to 3 significant digits, exactly as
     * {@code new BigDecimal(v).round(new MathContext(3)).doubleValue()} (which it falls back to for v
     * of 1000 and more, below 1e-13, or not positive), at a fraction of the cost: BigDecimal's
     * rounding was a thirtieth of an examiner's CPU on bench/grade-throughput.sh.
     *
     * <p>Why it is exact: with d decimals, t = fl(v 10^d) and e = fma(v, 10^d, -t) make up the exact
     * product x = t + e, as in {@link #decimals}. d = 2 - k, where 10^k <= v < 10^(k+1), is the d
     * that puts x in [100, 1000); log10 guesses k and the exact x corrects the guess. Then x rounds
     * half up to n = rint(t), except where t - rint(t) = +-1/2: there the sign of e decides, and
     * e = 0 is a true tie, which goes up. n / 10^d, one correctly rounded division, is what
     * BigDecimal.doubleValue computes for an unscaled value below 2^52 and a scale of 0 to 15.
     */
    static double threeSignificantDigits(double v) {
        if (!(v > 0) || v >= LOWEST_FOUR_DIGITS || v < 1e-13) {
            return new BigDecimal(v).round(THREE_DIGITS).doubleValue();
        }
        int d = 2 - (int) Math.floor(Math.log10(v));
        for (int tries = 0; tries < 3 && d >= 0 && d < POWERS_OF_TEN.length; tries++) {
            double p = POWERS_OF_TEN[d];
            double t = v * p;
            double e = Math.fma(v, p, -t);
            if (t < LOWEST_THREE_DIGITS || t == LOWEST_THREE_DIGITS && e < 0) {
                d++; // log10 guessed one too high, next to a power of ten
            } else if (t > LOWEST_FOUR_DIGITS || t == LOWEST_FOUR_DIGITS && e >= 0) {
                d--;
            } else {
                return halfUp(t, e) / p;
            }
        }
        return new BigDecimal(v).round(THREE_DIGITS).doubleValue();
    }

    /** @return the exact x = t + e (t an exact double below 2^52, |e| <= ulp(t)/2) rounded half up to an integer */
    private static double halfUp(double t, double e) {
        double n = Math.rint(t);
        double f = t - n;
        if (f == 0.5 && e >= 0) {
            return n + 1;
        }
        if (f == -0.5 && e < 0) {
            return n - 1;
        }
        return n;
    }

    /** @return vectors of length in [minLength, maxLength] with elements from {@code elements} */
    public static Gen<double[]> vectors(int minLength, int maxLength, Gen<Double> elements) {
        Gen<Integer> lengths = Generate.range(minLength, maxLength);
        Gen<double[]> gen = in -> {
            double[] v = new double[lengths.generate(in)];
            for (int i = 0; i < v.length; i++) {
                v[i] = elements.generate(in);
            }
            return v;
        };
        return gen.describedAs(Arrays::toString);
    }

    /** @return vectors of exactly {@code length} elements */
    public static Gen<double[]> vectors(int length, Gen<Double> elements) {
        return vectors(length, length, elements);
    }

    /** @return (rows x cols) matrices with elements from {@code elements} */
    public static Gen<double[][]> matrices(int rows, int cols, Gen<Double> elements) {
        Gen<double[][]> gen = in -> {
            double[][] m = new double[rows][cols];
            for (double[] row : m) {
                for (int j = 0; j < cols; j++) {
                    row[j] = elements.generate(in);
                }
            }
            return m;
        };
        return gen.describedAs(Gens::show);
    }

    /** @return a readable rendering of a matrix for failure messages */
    public static String show(double[][] m) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < m.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Arrays.toString(m[i]));
        }
        return sb.append(']').toString();
    }
}
