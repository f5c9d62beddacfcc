package nngrade.bugs;

import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import nngrade.problems.StandardNormal;
import nngrade.problems.activations.Activation;
import nngrade.problems.activations.GatedGradients;
import nngrade.problems.activations.GatedUnit;
import nngrade.problems.activations.Maxout;
import nngrade.problems.activations.MaxoutGradients;
import nngrade.problems.activations.ParametricActivation;
import nngrade.problems.activations.ParametricGradients;
import nngrade.reference.ReferenceSolutions;

/**
 * Realistic mistakes in section B (activations), one per submission. Each buggy activation is
 * written out here in full (not borrowed from the reference), with the one mistake a student
 * makes; everything else about it is right.
 */
final class SectionBBugs {

    // The names of the checks, in words, as the engine reports them.
    private static final String GRADIENT = "backward matches central differences of forward";
    private static final String REFERENCE = "agrees with the reference";
    private static final String TORCH_FORWARD = "forward agrees with pytorch at fixed points";
    private static final String TORCH_DERIVATIVE = "derivative agrees with pytorch at fixed points";
    private static final String TORCH_GRADIENTS = "gradients agree with pytorch at fixed points";
    private static final String FINITE = "finite at extreme inputs";
    private static final String PARAMETER_GRADIENT = "parameter gradient matches central differences of forward";
    private static final String TORCH_GATED = "agrees with pytorch on one fixed case";
    private static final String GATE_ALONE = "with zero linear weights and unit bias the output is the gate";
    private static final String DY_LENGTH = "rejects an upstream gradient of another length";

    private SectionBBugs() {
    }

    static List<Bug> all() {
        return List.of(
                new Bug("bug-relu-negative-grad", "act.relu",
                        Set.of(GRADIENT, REFERENCE, TORCH_DERIVATIVE, "negative inputs pass no gradient"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Activation relu() {
                                return new ReluPassingNegativeGradient();
                            }
                        }),
                new Bug("bug-relu-backward-ignores-dy", "act.relu",
                        // torch's derivatives and the negative side are read at dy = 1, where it is right
                        Set.of(GRADIENT, REFERENCE),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Activation relu() {
                                return new ReluIgnoringUpstreamGradient();
                            }
                        }),
                new Bug("bug-sigmoid-derivative-is-sigma", "act.sigmoid",
                        Set.of(GRADIENT, REFERENCE, TORCH_DERIVATIVE, "derivative is sigmoid times one minus sigmoid"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Activation sigmoid() {
                                return new Elementwise(Elementwise::sigmoid, Elementwise::sigmoid);
                            }
                        }),
                new Bug("bug-tanh-derivative-one-minus-tanh", "act.tanh",
                        Set.of(GRADIENT, REFERENCE, TORCH_DERIVATIVE, "derivative is one minus tanh squared"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Activation tanh() {
                                return new Elementwise(Math::tanh, x -> 1 - Math.tanh(x));
                            }
                        }),
                new Bug("bug-silu-derivative-missing-product-rule-term", "act.silu",
                        Set.of(GRADIENT, REFERENCE, TORCH_DERIVATIVE, "is input times sigmoid of input"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Activation silu() {
                                return new Elementwise(x -> x * Elementwise.sigmoid(x), Elementwise::sigmoid);
                            }
                        }),
                new Bug("bug-softplus-naive-overflow", "act.softplus",
                        Set.of(GRADIENT, REFERENCE, TORCH_FORWARD, TORCH_DERIVATIVE, FINITE, "is exactly linear above the threshold"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Activation softplus(double beta, double threshold) {
                                return new Elementwise(x -> Math.log(1 + Math.exp(beta * x)) / beta,
                                        x -> Math.exp(beta * x) / (1 + Math.exp(beta * x)));
                            }
                        }),
                new Bug("bug-softplus-ignores-beta", "act.softplus",
                        Set.of(GRADIENT, REFERENCE, TORCH_FORWARD, TORCH_DERIVATIVE, "follows the log formula up to the threshold",
                                "is exactly linear above the threshold"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Activation softplus(double beta, double threshold) {
                                return new Elementwise(
                                        x -> x > threshold ? x : Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))),
                                        x -> x > threshold ? 1 : Elementwise.sigmoid(x));
                            }
                        }),
                new Bug("bug-leaky-relu-slope-on-positive-side", "act.leaky_relu",
                        Set.of(REFERENCE, TORCH_FORWARD, TORCH_DERIVATIVE, "slopes are on the right sides"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Activation leakyRelu(double negativeSlope) {
                                return new Elementwise(x -> x >= 0 ? negativeSlope * x : x,
                                        x -> x >= 0 ? negativeSlope : 1);
                            }
                        }),
                new Bug("bug-prelu-alpha-gradient-overwritten", "act.prelu",
                        Set.of(PARAMETER_GRADIENT, REFERENCE, TORCH_GRADIENTS, "slopes and alpha gradient follow the definition"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public ParametricActivation prelu() {
                                return new PreluAlphaGradientOverwritten();
                            }
                        }),
                new Bug("bug-prelu-alpha-gradient-averaged", "act.prelu",
                        Set.of(PARAMETER_GRADIENT, REFERENCE, TORCH_GRADIENTS, "slopes and alpha gradient follow the definition"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public ParametricActivation prelu() {
                                return new PreluAlphaGradientAveraged();
                            }
                        }),
                new Bug("bug-maxout-gradient-to-both-pieces-at-tie", "act.maxout",
                        Set.of("gradient at every tie is split between the pieces"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Maxout maxout() {
                                return new MaxoutBothPiecesAtTie();
                            }
                        }),
                new Bug("bug-celu-written-as-elu", "act.celu",
                        Set.of(GRADIENT, REFERENCE, TORCH_FORWARD, TORCH_DERIVATIVE, "follows its definition for every alpha",
                                "is continuously differentiable at zero for every alpha"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Activation celu(double alpha) {
                                return new Elementwise(x -> x > 0 ? x : alpha * Math.expm1(x),
                                        x -> x > 0 ? 1 : alpha * Math.exp(x));
                            }
                        }),
                new Bug("bug-selu-constants-swapped", "act.selu",
                        Set.of(REFERENCE, TORCH_FORWARD, TORCH_DERIVATIVE, "uses the constants exactly as given", "follows its definition",
                                "is self normalizing"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Activation selu() {
                                double lambda = SELU_ALPHA; // swapped
                                double alpha = SELU_LAMBDA;
                                return new Elementwise(x -> lambda * (x > 0 ? x : alpha * Math.expm1(x)),
                                        x -> lambda * (x > 0 ? 1 : alpha * Math.exp(x)));
                            }
                        }),
                new Bug("bug-gelu-tanh-approximation", "act.gelu",
                        Set.of(REFERENCE, TORCH_FORWARD, TORCH_DERIVATIVE, "is input times the standard normal cdf"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Activation gelu() {
                                return new Elementwise(Elementwise::geluTanh, Elementwise::geluTanhDerivative);
                            }
                        }),
                new Bug("bug-step-compare-misses-negative-zero", "act.step",
                        Set.of("is one from zero on and zero below"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Activation step() {
                                // Double.compare orders -0.0 below 0.0, where x >= 0 holds
                                return new Elementwise(x -> Double.compare(x, 0.0) >= 0 ? 1 : 0, x -> 0);
                            }
                        }),
                new Bug("bug-swish-sigmoid-branches-on-x-not-beta-x", "act.swish",
                        Set.of(FINITE),
                        () -> new ReferenceSolutions() {
                            @Override
                            public ParametricActivation swish() {
                                return new SwishBranchingOnX();
                            }
                        }),
                new Bug("bug-swish-beta-gradient-missing-x", "act.swish",
                        Set.of(PARAMETER_GRADIENT, REFERENCE, TORCH_GRADIENTS, "gradients follow their closed forms"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public ParametricActivation swish() {
                                return new SwishBetaGradientMissingX();
                            }
                        }),
                new Bug("bug-hardswish-breakpoints-at-6", "act.hardswish",
                        Set.of(REFERENCE, TORCH_FORWARD, TORCH_DERIVATIVE, "follows its piecewise definition"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Activation hardswish() {
                                return new Elementwise(x -> x <= -6 ? 0 : x >= 6 ? x : x * (x + 3) / 6,
                                        x -> x < -6 ? 0 : x > 6 ? 1 : (2 * x + 3) / 6);
                            }
                        }),
                new Bug("bug-glu-gate-on-wrong-branch", "act.glu",
                        Set.of(REFERENCE, TORCH_GATED, GATE_ALONE,
                                "with zero gate weights and bias the output is half the linear branch"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public GatedUnit glu() {
                                return new GluGateOnWrongBranch();
                            }
                        }),
                new Bug("bug-glu-dw-missing-sigmoid-derivative", "act.glu",
                        Set.of(REFERENCE, TORCH_GATED,
                                "gradient in the gate weights matches central differences of forward"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public GatedUnit glu() {
                                return new GluDwMissingSigmoidDerivative();
                            }
                        }),
                new Bug("bug-reglu-gate-gradient-through-negative-preactivations", "act.reglu",
                        Set.of(REFERENCE, TORCH_GATED,
                                "gradient in the input matches central differences of forward",
                                "gradient in the gate weights matches central differences of forward",
                                "gradient in the gate bias matches central differences of forward"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public GatedUnit reglu() {
                                return new Gated(z -> Math.max(0, z), z -> 1);
                            }
                        }),
                new Bug("bug-geglu-gate-and-value-swapped", "act.geglu",
                        // forward and backward agree with each other: only values show it
                        Set.of(REFERENCE, TORCH_GATED, GATE_ALONE),
                        () -> new ReferenceSolutions() {
                            @Override
                            public GatedUnit geglu() {
                                return new GateAndValueSwapped(new Gated(x -> x * StandardNormal.cdf(x),
                                        x -> StandardNormal.cdf(x) + x * StandardNormal.pdf(x)));
                            }
                        }),
                new Bug("bug-swiglu-ignores-beta", "act.swiglu",
                        Set.of(REFERENCE, TORCH_GATED, GATE_ALONE),
                        () -> new ReferenceSolutions() {
                            @Override
                            public GatedUnit swiglu(double beta) {
                                return new Gated(z -> z * Elementwise.sigmoid(z),
                                        z -> Elementwise.sigmoid(z) * (1 + z * Elementwise.sigmoid(-z)));
                            }
                        }),
                // The shapes the contract fixes: a loop over x's indices that never compares lengths
                // reads past a shorter dy and ignores the rest of a longer one.
                new Bug("bug-tanh-backward-without-length-check", "act.tanh",
                        Set.of(DY_LENGTH),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Activation tanh() {
                                return Elementwise.withoutLengthCheck(Math::tanh, x -> 1 - Math.tanh(x) * Math.tanh(x));
                            }
                        }),
                new Bug("bug-prelu-backward-without-length-check", "act.prelu",
                        Set.of(DY_LENGTH),
                        () -> new ReferenceSolutions() {
                            @Override
                            public ParametricActivation prelu() {
                                return new PreluWithoutLengthCheck();
                            }
                        }),
                new Bug("bug-maxout-without-weight-length-check", "act.maxout",
                        Set.of("rejects weights of another length than x"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Maxout maxout() {
                                return new MaxoutWithoutLengthCheck();
                            }
                        }),
                new Bug("bug-glu-without-shape-check", "act.glu",
                        Set.of("rejects arguments whose shapes do not agree"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public GatedUnit glu() {
                                return new Gated(Elementwise::sigmoid, z -> Elementwise.sigmoid(z) * Elementwise.sigmoid(-z), false);
                            }
                        }));
    }

    /** @throws IllegalArgumentException unless dy has x's length, as the contract asks */
    static void requireSameLength(double[] x, double[] dy) {
        if (x.length != dy.length) {
            throw new IllegalArgumentException("dy has length " + dy.length + ", x has " + x.length);
        }
    }

    /** @throws IllegalArgumentException unless X is (n, in), W and V (in, out), b and c of length out */
    static void requireGatedShapes(double[][] x, double[][] w, double[] b, double[][] v, double[] c) {
        requireMatrix(w, w.length, b.length);
        requireMatrix(v, w.length, b.length);
        requireMatrix(x, x.length, w.length);
        if (c.length != b.length) {
            throw new IllegalArgumentException("c has length " + c.length + ", b has " + b.length);
        }
    }

    /** @throws IllegalArgumentException unless m is rows by columns */
    static void requireMatrix(double[][] m, int rows, int columns) {
        if (m.length != rows) {
            throw new IllegalArgumentException(m.length + " rows where " + rows + " are needed");
        }
        for (double[] row : m) {
            if (row.length != columns) {
                throw new IllegalArgumentException("a row of " + row.length + " where " + columns + " are needed");
            }
        }
    }

    static final double SELU_LAMBDA = 1.0507009873554804934193349852946;
    static final double SELU_ALPHA = 1.6732632423543772848170429916717;

    /** ReLU whose backward lets the gradient through for x < 0 too. */
    static final class ReluPassingNegativeGradient implements Activation {
        @Override
        public double[] forward(double[] x) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = Math.max(x[i], 0);
            }
            return y;
        }

        @Override
        public double[] backward(double[] x, double[] dy) {
            requireSameLength(x, dy);
            return dy.clone();
        }
    }

    /** ReLU whose backward returns the derivative itself, forgetting to multiply by dy. */
    static final class ReluIgnoringUpstreamGradient implements Activation {
        @Override
        public double[] forward(double[] x) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = Math.max(x[i], 0);
            }
            return y;
        }

        @Override
        public double[] backward(double[] x, double[] dy) {
            requireSameLength(x, dy);
            double[] dx = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                dx[i] = x[i] > 0 ? 1 : 0;
            }
            return dx;
        }
    }

    /** An elementwise activation given by its function and what the student took for its derivative. */
    static final class Elementwise implements Activation {
        private final DoubleUnaryOperator f;
        private final DoubleUnaryOperator derivative;
        private final boolean checksLengths;

        Elementwise(DoubleUnaryOperator f, DoubleUnaryOperator derivative) {
            this(f, derivative, true);
        }

        private Elementwise(DoubleUnaryOperator f, DoubleUnaryOperator derivative, boolean checksLengths) {
            this.f = f;
            this.derivative = derivative;
            this.checksLengths = checksLengths;
        }

        /** @return the activation with a backward that never compares dy's length with x's */
        static Elementwise withoutLengthCheck(DoubleUnaryOperator f, DoubleUnaryOperator derivative) {
            return new Elementwise(f, derivative, false);
        }

        @Override
        public double[] forward(double[] x) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = f.applyAsDouble(x[i]);
            }
            return y;
        }

        @Override
        public double[] backward(double[] x, double[] dy) {
            if (checksLengths) {
                requireSameLength(x, dy);
            }
            double[] dx = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                dx[i] = derivative.applyAsDouble(x[i]) * dy[i];
            }
            return dx;
        }

        /** A correct, stable sigmoid. */
        static double sigmoid(double x) {
            return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
        }

        private static final double K = Math.sqrt(2 / Math.PI);

        /** 0.5 x (1 + tanh(sqrt(2/pi)(x + 0.044715 x^3))): GELU(approximate='tanh'). */
        static double geluTanh(double x) {
            return 0.5 * x * (1 + Math.tanh(K * (x + 0.044715 * x * x * x)));
        }

        /** The exact derivative of the tanh approximation. */
        static double geluTanhDerivative(double x) {
            double t = Math.tanh(K * (x + 0.044715 * x * x * x));
            return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * K * (1 + 3 * 0.044715 * x * x);
        }
    }

    /** PReLU whose dAlpha is assigned, not accumulated: only the last negative element counts. */
    static final class PreluAlphaGradientOverwritten implements ParametricActivation {
        @Override
        public double[] forward(double[] x, double alpha) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = x[i] >= 0 ? x[i] : alpha * x[i];
            }
            return y;
        }

        @Override
        public ParametricGradients backward(double[] x, double alpha, double[] dy) {
            requireSameLength(x, dy);
            double[] dx = new double[x.length];
            double dAlpha = 0;
            for (int i = 0; i < x.length; i++) {
                dx[i] = x[i] > 0 ? dy[i] : alpha * dy[i];
                if (x[i] < 0) {
                    dAlpha = x[i] * dy[i]; // should be +=
                }
            }
            return new ParametricGradients(dx, dAlpha);
        }
    }

    /** PReLU whose dAlpha is the mean over elements instead of the sum. */
    static final class PreluAlphaGradientAveraged implements ParametricActivation {
        @Override
        public double[] forward(double[] x, double alpha) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = x[i] >= 0 ? x[i] : alpha * x[i];
            }
            return y;
        }

        @Override
        public ParametricGradients backward(double[] x, double alpha, double[] dy) {
            requireSameLength(x, dy);
            double[] dx = new double[x.length];
            double dAlpha = 0;
            for (int i = 0; i < x.length; i++) {
                dx[i] = x[i] > 0 ? dy[i] : alpha * dy[i];
                dAlpha += x[i] < 0 ? x[i] * dy[i] : 0;
            }
            return new ParametricGradients(dx, dAlpha / x.length);
        }
    }

    /** Swish whose dBeta forgets one factor x: sum x sigma'(beta x) dy instead of x^2 sigma'(beta x) dy. */
    /**
     * Swish with a "stable" sigmoid that picks its branch by the sign of x instead of beta x: right
     * for beta &gt; 0, infinity over infinity (NaN) for beta &lt; 0 and large |x|.
     */
    static final class SwishBranchingOnX implements ParametricActivation {
        private static double sigmoid(double x, double beta) {
            if (x >= 0) {
                return 1 / (1 + Math.exp(-beta * x));
            }
            double e = Math.exp(beta * x);
            return e / (1 + e);
        }

        @Override
        public double[] forward(double[] x, double beta) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = x[i] * sigmoid(x[i], beta);
            }
            return y;
        }

        @Override
        public ParametricGradients backward(double[] x, double beta, double[] dy) {
            requireSameLength(x, dy);
            double[] dx = new double[x.length];
            double dBeta = 0;
            for (int i = 0; i < x.length; i++) {
                double s = sigmoid(x[i], beta);
                double ds = s * sigmoid(-x[i], beta);
                dx[i] = (s + beta * x[i] * ds) * dy[i];
                dBeta += x[i] * x[i] * ds * dy[i];
            }
            return new ParametricGradients(dx, dBeta);
        }
    }

    static final class SwishBetaGradientMissingX implements ParametricActivation {
        @Override
        public double[] forward(double[] x, double beta) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = x[i] * Elementwise.sigmoid(beta * x[i]);
            }
            return y;
        }

        @Override
        public ParametricGradients backward(double[] x, double beta, double[] dy) {
            requireSameLength(x, dy);
            double[] dx = new double[x.length];
            double dBeta = 0;
            for (int i = 0; i < x.length; i++) {
                double s = Elementwise.sigmoid(beta * x[i]);
                double ds = s * Elementwise.sigmoid(-beta * x[i]);
                dx[i] = (s + beta * x[i] * ds) * dy[i];
                dBeta += x[i] * ds * dy[i]; // should be x^2 sigma'
            }
            return new ParametricGradients(dx, dBeta);
        }
    }

    /** Maxout that tests z1 >= z2 and z2 >= z1 separately, so at a tie both pieces get all of dy. */
    static final class MaxoutBothPiecesAtTie implements Maxout {
        @Override
        public double forward(double[] x, double[] w1, double b1, double[] w2, double b2) {
            requireSameLength(x, w1);
            requireSameLength(x, w2);
            return Math.max(dot(x, w1) + b1, dot(x, w2) + b2);
        }

        @Override
        public MaxoutGradients backward(double[] x, double[] w1, double b1, double[] w2, double b2, double dy) {
            requireSameLength(x, w1);
            requireSameLength(x, w2);
            double z1 = dot(x, w1) + b1;
            double z2 = dot(x, w2) + b2;
            double g1 = z1 >= z2 ? dy : 0;
            double g2 = z2 >= z1 ? dy : 0; // both at a tie
            double[] dx = new double[x.length];
            double[] dw1 = new double[x.length];
            double[] dw2 = new double[x.length];
            for (int j = 0; j < x.length; j++) {
                dx[j] = g1 * w1[j] + g2 * w2[j];
                dw1[j] = g1 * x[j];
                dw2[j] = g2 * x[j];
            }
            return new MaxoutGradients(dx, dw1, g1, dw2, g2);
        }
    }

    /** PReLU, right in every value, whose backward never compares dy's length with x's. */
    static final class PreluWithoutLengthCheck implements ParametricActivation {
        @Override
        public double[] forward(double[] x, double alpha) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = x[i] >= 0 ? x[i] : alpha * x[i];
            }
            return y;
        }

        @Override
        public ParametricGradients backward(double[] x, double alpha, double[] dy) {
            double[] dx = new double[x.length];
            double dAlpha = 0;
            for (int i = 0; i < x.length; i++) {
                dx[i] = x[i] > 0 ? dy[i] : alpha * dy[i];
                dAlpha += x[i] < 0 ? x[i] * dy[i] : 0;
            }
            return new ParametricGradients(dx, dAlpha);
        }
    }

    /** Maxout, right in every value, that never compares the weights' lengths with x's. */
    static final class MaxoutWithoutLengthCheck implements Maxout {
        @Override
        public double forward(double[] x, double[] w1, double b1, double[] w2, double b2) {
            return Math.max(dot(x, w1) + b1, dot(x, w2) + b2);
        }

        @Override
        public MaxoutGradients backward(double[] x, double[] w1, double b1, double[] w2, double b2, double dy) {
            boolean first = dot(x, w1) + b1 >= dot(x, w2) + b2;
            double[] dx = new double[x.length];
            double[] dw1 = new double[x.length];
            double[] dw2 = new double[x.length];
            for (int j = 0; j < x.length; j++) {
                dx[j] = dy * (first ? w1[j] : w2[j]);
                dw1[j] = first ? dy * x[j] : 0;
                dw2[j] = first ? 0 : dy * x[j];
            }
            return new MaxoutGradients(dx, dw1, first ? dy : 0, dw2, first ? 0 : dy);
        }
    }

    /**
     * A gated unit Y = g(X W + b) (.) (X V + c) with the gate and what the student took for its
     * derivative; subclasses change one step.
     */
    static class Gated implements GatedUnit {
        private final DoubleUnaryOperator g;
        private final DoubleUnaryOperator gPrime;
        private final boolean checksShapes;

        Gated(DoubleUnaryOperator g, DoubleUnaryOperator gPrime) {
            this(g, gPrime, true);
        }

        Gated(DoubleUnaryOperator g, DoubleUnaryOperator gPrime, boolean checksShapes) {
            this.g = g;
            this.gPrime = gPrime;
            this.checksShapes = checksShapes;
        }

        /** @return Y from the two projections A = X W + b and B = X V + c */
        double[][] combine(double[][] a, double[][] bProj) {
            double[][] y = new double[a.length][a[0].length];
            for (int i = 0; i < a.length; i++) {
                for (int k = 0; k < a[0].length; k++) {
                    y[i][k] = g.applyAsDouble(a[i][k]) * bProj[i][k];
                }
            }
            return y;
        }

        @Override
        public double[][] forward(double[][] x, double[][] w, double[] b, double[][] v, double[] c) {
            if (checksShapes) {
                requireGatedShapes(x, w, b, v, c);
            }
            return combine(affine(x, w, b), affine(x, v, c));
        }

        /** @return {dA, dB}, the gradients with respect to A = X W + b and B = X V + c */
        double[][][] throughGate(double[][] a, double[][] bProj, double[][] dy) {
            double[][] dA = new double[a.length][a[0].length];
            double[][] dB = new double[a.length][a[0].length];
            for (int i = 0; i < a.length; i++) {
                for (int k = 0; k < a[0].length; k++) {
                    dA[i][k] = dy[i][k] * bProj[i][k] * gPrime.applyAsDouble(a[i][k]);
                    dB[i][k] = dy[i][k] * g.applyAsDouble(a[i][k]);
                }
            }
            return new double[][][] {dA, dB};
        }

        /** @return dW from dA (X^T dA); a subclass may get it wrong */
        double[][] weightGradient(double[][] x, double[][] dA, double[][] a, double[][] bProj, double[][] dy) {
            return transposeTimes(x, dA);
        }

        @Override
        public GatedGradients backward(double[][] x, double[][] w, double[] b, double[][] v, double[] c,
                double[][] dy) {
            if (checksShapes) {
                requireGatedShapes(x, w, b, v, c);
                requireMatrix(dy, x.length, b.length);
            }
            double[][] a = affine(x, w, b);
            double[][] bProj = affine(x, v, c);
            double[][][] d = throughGate(a, bProj, dy);
            double[][] dA = d[0];
            double[][] dB = d[1];
            double[][] dX = new double[x.length][w.length];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < w.length; j++) {
                    for (int k = 0; k < b.length; k++) {
                        dX[i][j] += dA[i][k] * w[j][k] + dB[i][k] * v[j][k];
                    }
                }
            }
            return new GatedGradients(dX, weightGradient(x, dA, a, bProj, dy), columnSums(dA),
                    transposeTimes(x, dB), columnSums(dB));
        }
    }

    /** GLU with the sigmoid on the linear branch: sigma(X V + c) (.) (X W + b), consistently differentiated. */
    /**
     * A gated unit with the gate and the value swapped: g(X V + c) (.) (X W + b) where
     * g(X W + b) (.) (X V + c) is asked; its gradients are right for what it computes.
     */
    static class GateAndValueSwapped implements GatedUnit {
        private final Gated unit;

        GateAndValueSwapped(Gated unit) {
            this.unit = unit;
        }

        @Override
        public double[][] forward(double[][] x, double[][] w, double[] b, double[][] v, double[] c) {
            return unit.forward(x, v, c, w, b);
        }

        @Override
        public GatedGradients backward(double[][] x, double[][] w, double[] b, double[][] v, double[] c,
                double[][] dy) {
            GatedGradients g = unit.backward(x, v, c, w, b, dy);
            return new GatedGradients(g.dX(), g.dV(), g.dc(), g.dW(), g.db());
        }
    }

    /** GLU with the sigmoid on the linear branch: sigma(X V + c) (.) (X W + b). */
    static final class GluGateOnWrongBranch extends GateAndValueSwapped {
        GluGateOnWrongBranch() {
            super(new Gated(Elementwise::sigmoid, z -> Elementwise.sigmoid(z) * Elementwise.sigmoid(-z)));
        }
    }

    /** GLU whose dW is X^T (dY (.) (X V + c)): the sigmoid's derivative is missing there (db is right). */
    static final class GluDwMissingSigmoidDerivative extends Gated {
        GluDwMissingSigmoidDerivative() {
            super(Elementwise::sigmoid, z -> Elementwise.sigmoid(z) * Elementwise.sigmoid(-z));
        }

        @Override
        double[][] weightGradient(double[][] x, double[][] dA, double[][] a, double[][] bProj, double[][] dy) {
            double[][] wrong = new double[dy.length][dy[0].length];
            for (int i = 0; i < dy.length; i++) {
                for (int k = 0; k < dy[0].length; k++) {
                    wrong[i][k] = dy[i][k] * bProj[i][k];
                }
            }
            return transposeTimes(x, wrong);
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** @return X M + r */
    static double[][] affine(double[][] x, double[][] m, double[] r) {
        double[][] out = new double[x.length][r.length];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < r.length; k++) {
                double s = r[k];
                for (int j = 0; j < m.length; j++) {
                    s += x[i][j] * m[j][k];
                }
                out[i][k] = s;
            }
        }
        return out;
    }

    /** @return X^T D */
    static double[][] transposeTimes(double[][] x, double[][] d) {
        double[][] out = new double[x[0].length][d[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[0].length; j++) {
                for (int k = 0; k < d[0].length; k++) {
                    out[j][k] += x[i][j] * d[i][k];
                }
            }
        }
        return out;
    }

    static double[] columnSums(double[][] d) {
        double[] s = new double[d[0].length];
        for (double[] row : d) {
            for (int k = 0; k < s.length; k++) {
                s[k] += row[k];
            }
        }
        return s;
    }
}
