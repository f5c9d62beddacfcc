package nngrade.bugs;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.DoubleSupplier;
import nngrade.bugs.initialization.Draw;
import nngrade.problems.initialization.FanMode;
import nngrade.problems.initialization.GainTable;
import nngrade.problems.initialization.Initializer;
import nngrade.problems.initialization.Nonlinearity;
import nngrade.problems.initialization.ProductVariance;
import nngrade.reference.ReferenceSolutions;
import nngrade.reference.initialization.Gains;
import nngrade.reference.initialization.VarianceOfProduct;

/**
 * Realistic mistakes in section C, initialization (init.*, stat.var_product), one per submission:
 * the notes' and the list (Kaiming with fan_out where fan_in is asked, a missing gain, std
 * and variance confused, a uniform bound of sqrt(2/n)) and the usual slips around them.
 */
final class InitializationBugs {

    private InitializationBugs() {
    }

    static List<Bug> all() {
        return List.of(
                // ---- init.zeros ----
                new Bug("bug-zeros-one-row-shared-by-every-row", "init.zeros",
                        Set.of("every call returns its own fan out by fan in matrix"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer zerosInit() {
                                return (fanOut, fanIn, random) -> {
                                    Draw.empty(fanOut, fanIn); // the fan checks
                                    double[] row = new double[fanIn];
                                    double[][] w = new double[fanOut][];
                                    Arrays.fill(w, row); // every row is the same array
                                    return w;
                                };
                            }
                        }),
                new Bug("bug-zeros-shape-fan-in-by-fan-out", "init.zeros",
                        Set.of("agrees with the reference on generated shapes",
                                "empty shapes give empty matrices and negative fans are rejected",
                                "every call returns its own fan out by fan in matrix",
                                "every weight is zero",
                                "the same seed gives the same weights",
                                "with zero weights every hidden unit gets the same gradient at every step"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer zerosInit() {
                                // numpy's (fan_in, fan_out), not torch's (fan_out, fan_in)
                                return (fanOut, fanIn, random) -> Draw.empty(fanIn, fanOut);
                            }
                        }),
                // ---- init.small_random / init.unit_random ----
                new Bug("bug-small-random-variance-0.01-taken-as-std", "init.small_random",
                        Set.of("same distribution as the reference for generated hyperparameters",
                                "sample variance matches the theoretical variance",
                                "tanh activations collapse toward zero in ten layers",
                                "weights follow the right distribution"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer smallRandomInit() {
                                return (fanOut, fanIn, random) -> Draw.normal(fanOut, fanIn, 0.1, random); // sqrt(0.01)
                            }
                        }),
                new Bug("bug-unit-random-uniform-instead-of-normal", "init.unit_random",
                        Set.of("same distribution as the reference for generated hyperparameters",
                                "sample variance matches the theoretical variance",
                                "weights follow the right distribution"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer unitRandomInit() {
                                // U(-1, 1) where N(0, 1) is asked
                                return (fanOut, fanIn, random) -> Draw.uniform(fanOut, fanIn, 1, random);
                            }
                        }),
                // ---- init.lecun ----
                new Bug("bug-lecun-std-is-one-over-fan-in", "init.lecun",
                        Set.of("same distribution as the reference for generated hyperparameters",
                                "sample variance matches the theoretical variance",
                                "ten linear layers keep the variance of the input",
                                "weights follow the right distribution"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer lecunInit() {
                                return (fanOut, fanIn, random) -> Draw.normal(fanOut, fanIn, 1.0 / fanIn, random);
                            }
                        }),
                new Bug("bug-lecun-uniform-with-the-right-variance", "init.lecun",
                        Set.of("weights follow the right distribution"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer lecunInit() {
                                // variance 1/fan_in as asked, but uniform where normal is asked
                                return (fanOut, fanIn, random) ->
                                        Draw.uniform(fanOut, fanIn, Math.sqrt(3.0 / fanIn), random);
                            }
                        }),
                new Bug("bug-lecun-bias-counted-in-fan-in", "init.lecun",
                        Set.of("sample variance matches the theoretical variance",
                                "weights follow the right distribution"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer lecunInit() {
                                // the bias as one more input: invisible at fan_in 100, half the variance at 1
                                return (fanOut, fanIn, random) ->
                                        Draw.normal(fanOut, fanIn, 1 / Math.sqrt(fanIn + 1), random);
                            }
                        }),
                // ---- init.xavier_normal / init.xavier_uniform ----
                new Bug("bug-xavier-normal-missing-gain", "init.xavier_normal",
                        Set.of("a zero gain gives zeros", // a missing gain is gain 1 whatever is asked
                                "same distribution as the reference for generated hyperparameters",
                                "sample variance matches the theoretical variance",
                                "ten tanh layers with the tanh gain keep the spread of the activations",
                                "weights follow the right distribution"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer xavierNormalInit(double gain) {
                                return (fanOut, fanIn, random) -> {
                                    requireGain(gain);
                                    return Draw.normal(fanOut, fanIn, Math.sqrt(2.0 / (fanIn + fanOut)), random);
                                };
                            }
                        }),
                new Bug("bug-xavier-normal-integer-mean-fan", "init.xavier_normal",
                        Set.of("sample variance matches the theoretical variance"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer xavierNormalInit(double gain) {
                                return (fanOut, fanIn, random) -> {
                                    requireGain(gain);
                                    double mean = (fanIn + fanOut) / 2; // Java's integer division: off when the sum is odd
                                    return Draw.normal(fanOut, fanIn, gain / Math.sqrt(mean), random);
                                };
                            }
                        }),
                new Bug("bug-xavier-normal-fan-in-only", "init.xavier_normal",
                        Set.of("same distribution as the reference for generated hyperparameters",
                                "sample variance matches the theoretical variance",
                                "weights follow the right distribution"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer xavierNormalInit(double gain) {
                                return (fanOut, fanIn, random) -> {
                                    requireGain(gain);
                                    return Draw.normal(fanOut, fanIn, gain * Math.sqrt(1.0 / fanIn), random);
                                };
                            }
                        }),
                new Bug("bug-xavier-uniform-bound-sqrt-2-over-fan-sum", "init.xavier_uniform",
                        Set.of("same distribution as the reference for generated hyperparameters",
                                "sample variance matches the theoretical variance",
                                "ten linear layers keep the spread forward and backward",
                                "ten tanh layers with the tanh gain keep the spread of the activations",
                                "the largest weights reach the bound",
                                "weights follow the right distribution"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer xavierUniformInit(double gain) {
                                return (fanOut, fanIn, random) -> {
                                    requireGain(gain);
                                    // the std of xavier_normal used as the bound: the factor sqrt(3) is missing
                                    double std = gain * Math.sqrt(2.0 / (fanIn + fanOut));
                                    return Draw.uniform(fanOut, fanIn, std, random);
                                };
                            }
                        }),
                new Bug("bug-xavier-normal-rejects-a-zero-gain", "init.xavier_normal",
                        Set.of("a zero gain gives zeros"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer xavierNormalInit(double gain) {
                                return (fanOut, fanIn, random) -> {
                                    if (!(gain > 0)) { // the mistake: 0 is a valid gain (all zeros)
                                        throw new IllegalArgumentException("gain must be positive, got " + gain);
                                    }
                                    return Draw.normal(fanOut, fanIn, gain * Math.sqrt(2.0 / (fanIn + fanOut)), random);
                                };
                            }
                        }),
                new Bug("bug-xavier-uniform-negative-gain-accepted", "init.xavier_uniform",
                        Set.of("a negative or nan gain is rejected"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer xavierUniformInit(double gain) {
                                return (fanOut, fanIn, random) ->
                                        Draw.uniform(fanOut, fanIn, gain * Math.sqrt(6.0 / (fanIn + fanOut)), random);
                            }
                        }),
                new Bug("bug-xavier-uniform-own-fixed-seed", "init.xavier_uniform",
                        Set.of("another seed gives other weights"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer xavierUniformInit(double gain) {
                                return (fanOut, fanIn, random) -> {
                                    requireGain(gain);
                                    return Draw.uniform(fanOut, fanIn, gain * Math.sqrt(6.0 / (fanIn + fanOut)),
                                            new Random(42)); // ignores the caller's generator
                                };
                            }
                        }),
                // ---- init.kaiming_normal / init.kaiming_uniform ----
                new Bug("bug-kaiming-normal-fan-out-where-fan-in-is-asked", "init.kaiming_normal",
                        Set.of("same distribution as the reference for generated hyperparameters",
                                "sample variance matches the theoretical variance",
                                "weights follow the right distribution"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer kaimingNormalInit(double a, FanMode mode, Nonlinearity nl) {
                                return (fanOut, fanIn, random) -> {
                                    requireMode(mode);
                                    return Draw.normal(fanOut, fanIn, Draw.gain(nl, a) / Math.sqrt(fanOut), random);
                                };
                            }
                        }),
                new Bug("bug-kaiming-normal-bias-counted-in-fan", "init.kaiming_normal",
                        Set.of("sample variance matches the theoretical variance",
                                "weights follow the right distribution"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer kaimingNormalInit(double a, FanMode mode, Nonlinearity nl) {
                                return (fanOut, fanIn, random) -> {
                                    requireMode(mode);
                                    int fan = (mode == FanMode.FAN_IN ? fanIn : fanOut) + 1; // the bias as one more input
                                    return Draw.normal(fanOut, fanIn, Draw.gain(nl, a) / Math.sqrt(fan), random);
                                };
                            }
                        }),
                new Bug("bug-kaiming-normal-std-is-the-variance", "init.kaiming_normal",
                        Set.of("same distribution as the reference for generated hyperparameters",
                                "sample variance matches the theoretical variance",
                                "ten relu layers keep the spread forward and backward",
                                "weights follow the right distribution"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer kaimingNormalInit(double a, FanMode mode, Nonlinearity nl) {
                                return (fanOut, fanIn, random) -> {
                                    requireMode(mode);
                                    int fan = mode == FanMode.FAN_IN ? fanIn : fanOut;
                                    double g = Draw.gain(nl, a);
                                    return Draw.normal(fanOut, fanIn, g * g / fan, random); // 2/n for ReLU
                                };
                            }
                        }),
                new Bug("bug-kaiming-normal-keeps-the-first-generator", "init.kaiming_normal",
                        Set.of("the same seed gives the same weights"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer kaimingNormalInit(double a, FanMode mode, Nonlinearity nl) {
                                return new Initializer() {
                                    private Random kept; // the first caller's generator, reused ever after

                                    @Override
                                    public double[][] initialize(int fanOut, int fanIn, Random random) {
                                        requireMode(mode);
                                        kept = kept == null ? random : kept;
                                        int fan = mode == FanMode.FAN_IN ? fanIn : fanOut;
                                        return Draw.normal(fanOut, fanIn, Draw.gain(nl, a) / Math.sqrt(fan), kept);
                                    }
                                };
                            }
                        }),
                new Bug("bug-kaiming-normal-null-mode-taken-as-fan-out", "init.kaiming_normal",
                        Set.of("a null mode is rejected"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer kaimingNormalInit(double a, FanMode mode, Nonlinearity nl) {
                                return (fanOut, fanIn, random) -> {
                                    int fan = mode == FanMode.FAN_IN ? fanIn : fanOut; // null falls to fan_out
                                    return Draw.normal(fanOut, fanIn, Draw.gain(nl, a) / Math.sqrt(fan), random);
                                };
                            }
                        }),
                new Bug("bug-kaiming-uniform-missing-gain", "init.kaiming_uniform",
                        Set.of("every weight lies within the bound",
                                "same distribution as the reference for generated hyperparameters",
                                "sample variance matches the theoretical variance",
                                "ten relu layers keep the spread forward and backward",
                                "the largest weights reach the bound",
                                "weights follow the right distribution"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer kaimingUniformInit(double a, FanMode mode, Nonlinearity nl) {
                                return (fanOut, fanIn, random) -> {
                                    requireMode(mode);
                                    int fan = mode == FanMode.FAN_IN ? fanIn : fanOut;
                                    return Draw.uniform(fanOut, fanIn, Math.sqrt(3.0 / fan), random);
                                };
                            }
                        }),
                new Bug("bug-kaiming-uniform-bound-sqrt-2-over-fan", "init.kaiming_uniform",
                        Set.of("same distribution as the reference for generated hyperparameters",
                                "sample variance matches the theoretical variance",
                                "ten relu layers keep the spread forward and backward",
                                "the largest weights reach the bound",
                                "weights follow the right distribution"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Initializer kaimingUniformInit(double a, FanMode mode, Nonlinearity nl) {
                                return (fanOut, fanIn, random) -> {
                                    requireMode(mode);
                                    int fan = mode == FanMode.FAN_IN ? fanIn : fanOut;
                                    // the std gain/sqrt(fan) (sqrt(2/n) for ReLU) used as the bound
                                    return Draw.uniform(fanOut, fanIn, Draw.gain(nl, a) / Math.sqrt(fan), random);
                                };
                            }
                        }),
                // ---- init.gain ----
                new Bug("bug-gain-leaky-relu-without-sqrt", "init.gain",
                        Set.of("agrees with the reference",
                                "leaky relu gain is sqrt of two over one plus the slope squared",
                                "matches torch calculate gain"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public GainTable gainTable() {
                                return (nl, param) -> nl == Nonlinearity.LEAKY_RELU ? 2 / (1 + param * param)
                                        : new Gains().gain(nl, param);
                            }
                        }),
                new Bug("bug-gain-relu-two-instead-of-sqrt-two", "init.gain",
                        Set.of("agrees with the reference",
                                "matches torch calculate gain"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public GainTable gainTable() {
                                return (nl, param) -> nl == Nonlinearity.RELU ? 2 : new Gains().gain(nl, param);
                            }
                        }),
                // ---- stat.var_product ----
                new Bug("bug-var-product-missing-var-x-var-y", "stat.var_product",
                        Set.of("agrees with the reference",
                                "closed form matches monte carlo of independent draws",
                                "closed form matches worked examples"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public ProductVariance productVariance() {
                                return new VarianceOfProduct() {
                                    @Override
                                    public double exact(double mx, double vx, double my, double vy) {
                                        super.exact(mx, vx, my, vy); // keeps the argument checks
                                        return mx * mx * vy + my * my * vx;
                                    }
                                };
                            }
                        }),
                new Bug("bug-var-product-one-pass-mean-of-squares", "stat.var_product",
                        Set.of("estimator keeps its digits when the mean is large"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public ProductVariance productVariance() {
                                return new VarianceOfProduct() {
                                    @Override
                                    public double estimate(DoubleSupplier x, DoubleSupplier y, int n) {
                                        if (n < 2) {
                                            throw new IllegalArgumentException("n < 2");
                                        }
                                        double sum = 0;
                                        double squares = 0;
                                        for (int k = 0; k < n; k++) {
                                            double z = x.getAsDouble() * y.getAsDouble();
                                            sum += z;
                                            squares += z * z;
                                        }
                                        double mean = sum / n;
                                        return (squares / n - mean * mean) * n / (n - 1);
                                    }
                                };
                            }
                        }),
                // sum (z - m)^2 = sum (z - m)(z + m) only where sum (z - m) = 0 exactly: the factored
                // one-pass sum is exact when the mean is, and keeps 2 m times its rounding otherwise
                new Bug("bug-var-product-squares-factored-as-z-minus-mean-times-z-plus-mean", "stat.var_product",
                        Set.of("estimator keeps its digits when the mean is large"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public ProductVariance productVariance() {
                                return new VarianceOfProduct() {
                                    @Override
                                    public double estimate(DoubleSupplier x, DoubleSupplier y, int n) {
                                        if (n < 2) {
                                            throw new IllegalArgumentException("n < 2");
                                        }
                                        double[] z = new double[n];
                                        double sum = 0;
                                        for (int k = 0; k < n; k++) {
                                            z[k] = x.getAsDouble() * y.getAsDouble();
                                            sum += z[k];
                                        }
                                        double mean = sum / n;
                                        double squares = 0;
                                        for (double zk : z) {
                                            squares += (zk - mean) * (zk + mean); // z^2 - m^2, summed
                                        }
                                        return squares / (n - 1);
                                    }
                                };
                            }
                        }),
                new Bug("bug-var-product-divides-by-n", "stat.var_product",
                        Set.of("agrees with the reference",
                                "estimator keeps its digits when the mean is large",
                                "estimator returns the sample variance of the paired products"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public ProductVariance productVariance() {
                                return new VarianceOfProduct() {
                                    @Override
                                    public double estimate(DoubleSupplier x, DoubleSupplier y, int n) {
                                        return super.estimate(x, y, n) * (n - 1) / n;
                                    }
                                };
                            }
                        }));
    }

    /** @throws IllegalArgumentException if mode is null, as the contract asks */
    private static void requireMode(FanMode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("mode must be FAN_IN or FAN_OUT, got null");
        }
    }

    private static void requireGain(double gain) {
        if (!(gain >= 0)) {
            throw new IllegalArgumentException("gain must be >= 0, got " + gain);
        }
    }
}
