package nngrade.checks.activations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import nngrade.feedback.Curve;
import nngrade.feedback.Plot;
import nngrade.feedback.Probe;
import nngrade.problems.Solutions;
import nngrade.problems.activations.Activation;
import nngrade.problems.activations.ParametricActivation;

/**
 * The pictures of an activation that lost points: the student's f and f' against the closed forms
 * ({@link ClosedForms}, the public checks' own), over the range where they differ.
 *
 * <p>The range: f and f' are compared on a grid of [-8, 8] (kept off the kinks 0 and +-3, where any
 * subgradient is right) and at +-30 and +-1000, the checks' edge cases; the plot spans the points
 * where they differ, with a quarter of that width to spare on each side. Where they agree
 * everywhere the failure lies elsewhere (an input modified, a wrong length), and [-5, 5] is shown.
 */
public final class ActivationCurves implements Probe {

    /** f and f' agree in the picture when |yours - correct| <= this (|correct| + 1). */
    static final double SAME = 1e-6;
    private static final int GRID = 321;
    private static final int POINTS = 201;
    /** Off the kinks: no grid point falls on 0 or +-3. */
    private static final double OFFSET = 0.00317;
    private static final double[] EDGES = {-1000, -30, 30, 1000};

    /** How an activation of the contract is called: the student's, with the hyperparameters shown. */
    private record Case(String shown, ActivationSubject subject, DoubleUnaryOperator f, DoubleUnaryOperator df) {
    }

    /** The student's activation, elementwise or with its parameter fixed. */
    private interface ActivationSubject {
        double[][] valueAndSlope(Solutions s, double[] x);
    }

    private static final double PRELU_ALPHA = 0.25;
    private static final double CELU_ALPHA = 2;
    private static final double SOFTPLUS_THRESHOLD = 20;

    private static final Map<String, Case> CASES = cases();

    @Override
    public Set<String> problems() {
        return CASES.keySet();
    }

    @Override
    public List<Plot> plots(String problemId, Solutions submission, Solutions reference) {
        Case c = CASES.get(problemId);
        double[] probe = candidates();
        double[][] yours = c.subject().valueAndSlope(submission, probe);
        List<Double> differ = new ArrayList<>();
        for (int i = 0; i < probe.length; i++) {
            if (!same(yours[0][i], c.f().applyAsDouble(probe[i])) || !same(yours[1][i], c.df().applyAsDouble(probe[i]))) {
                differ.add(probe[i]);
            }
        }
        double[] range = range(differ);
        double lo = range[0];
        double hi = range[1];
        double[] x = grid(lo + OFFSET, hi + OFFSET, POINTS);
        double[][] drawn = c.subject().valueAndSlope(submission, x);
        double[] f = Arrays.stream(x).map(c.f()).toArray();
        double[] df = Arrays.stream(x).map(c.df()).toArray();
        return List.of(
                new Plot(problemId, c.shown() + ": f(x), yours against the closed form", "x", "f(x)", false,
                        List.of(Curve.correct("correct", x, f), Curve.yours("yours", x, drawn[0])),
                        note(differ, "f", Curve.yours("", x, drawn[0]).notFinite())),
                new Plot(problemId, c.shown() + ": the derivative f'(x), yours against the closed form", "x", "f'(x)",
                        false, List.of(Curve.correct("correct", x, df), Curve.yours("yours (backward with dy = 1)", x,
                                drawn[1])), note(differ, "f'", Curve.yours("", x, drawn[1]).notFinite())));
    }

    /**
     * @return {lo, hi}: the span of the differing points of the grid [-8, 8] with a quarter of its
     *     width to spare; if only edge points differ (+-30, +-1000), 20 around the first of them;
     *     [-5, 5] if none differ
     */
    private static double[] range(List<Double> differ) {
        List<Double> inGrid = differ.stream().filter(x -> Math.abs(x) < 10).toList();
        if (inGrid.isEmpty() && differ.isEmpty()) {
            return new double[] {-5, 5};
        }
        if (inGrid.isEmpty()) {
            double edge = differ.get(0);
            return new double[] {edge - 10, edge + 10};
        }
        double lo = inGrid.get(0);
        double hi = inGrid.get(inGrid.size() - 1);
        double spare = Math.max(0.5, (hi - lo) / 4);
        return new double[] {lo - spare, hi + spare};
    }

    private static String note(List<Double> differ, String what, int broken) {
        String where = differ.isEmpty()
                ? "Your f and f' agree with the closed forms on [-8, 8] and at +-30, +-1000: the failure is elsewhere"
                        + " (see the checks below)."
                : String.format(Locale.ROOT, "Your f or f' differs from the closed form at %d of the %d points probed "
                        + "(a grid of [-8, 8] and +-30, +-1000), from x = %.4g to x = %.4g.", differ.size(),
                        GRID + EDGES.length, differ.get(0), differ.get(differ.size() - 1));
        return broken == 0 ? where : where + " " + broken + " of your values of " + what
                + " are NaN or infinite and are not drawn.";
    }

    private static boolean same(double yours, double correct) {
        if (Double.isNaN(correct)) {
            return Double.isNaN(yours);
        }
        return Math.abs(yours - correct) <= SAME * (Math.abs(correct) + 1);
    }

    private static double[] candidates() {
        double[] g = grid(-8 + OFFSET, 8 + OFFSET, GRID);
        double[] all = Arrays.copyOf(g, GRID + EDGES.length);
        System.arraycopy(EDGES, 0, all, GRID, EDGES.length);
        Arrays.sort(all);
        return all;
    }

    private static double[] grid(double lo, double hi, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * i / (n - 1);
        }
        return x;
    }

    private static ActivationSubject elementwise(java.util.function.Function<Solutions, Activation> make) {
        return (s, x) -> {
            Activation a = make.apply(s);
            double[] ones = new double[x.length];
            Arrays.fill(ones, 1);
            return new double[][] {a.forward(x.clone()), a.backward(x.clone(), ones)};
        };
    }

    private static ActivationSubject parametric(java.util.function.Function<Solutions, ParametricActivation> make,
            double a) {
        return (s, x) -> {
            ParametricActivation p = make.apply(s);
            double[] ones = new double[x.length];
            Arrays.fill(ones, 1);
            return new double[][] {p.forward(x.clone(), a), p.backward(x.clone(), a, ones).dx()};
        };
    }

    private static Map<String, Case> cases() {
        Map<String, Case> m = new LinkedHashMap<>();
        m.put("act.step", new Case("step", elementwise(Solutions::step), x -> x >= 0 ? 1 : 0, x -> 0));
        m.put("act.sigmoid", new Case("sigmoid", elementwise(Solutions::sigmoid), ClosedForms::sigmoid,
                ClosedForms::sigmoidDerivative));
        m.put("act.tanh", new Case("tanh", elementwise(Solutions::tanh), Math::tanh,
                x -> 1 - Math.tanh(x) * Math.tanh(x)));
        m.put("act.relu", new Case("ReLU", elementwise(Solutions::relu), x -> Math.max(x, 0), x -> x > 0 ? 1 : 0));
        m.put("act.softplus", new Case("softplus (beta 1, threshold 20)",
                elementwise(s -> s.softplus(1, SOFTPLUS_THRESHOLD)),
                x -> x > SOFTPLUS_THRESHOLD ? x : ClosedForms.softplusLogForm(x, 1),
                x -> x > SOFTPLUS_THRESHOLD ? 1 : ClosedForms.sigmoid(x)));
        m.put("act.leaky_relu", new Case("leaky ReLU (slope 0.01)", elementwise(s -> s.leakyRelu(0.01)),
                x -> x >= 0 ? x : 0.01 * x, x -> x > 0 ? 1 : 0.01));
        m.put("act.prelu", new Case("PReLU (alpha 0.25)", parametric(Solutions::prelu, PRELU_ALPHA),
                x -> x >= 0 ? x : PRELU_ALPHA * x, x -> x > 0 ? 1 : PRELU_ALPHA));
        m.put("act.elu", new Case("ELU (alpha 1)", elementwise(s -> s.elu(1)), x -> ClosedForms.elu(x, 1),
                x -> ClosedForms.eluDerivative(x, 1)));
        // alpha 2: CELU with alpha 1 is ELU with alpha 1, and a CELU written as an ELU would not show
        m.put("act.celu", new Case("CELU (alpha 2)", elementwise(s -> s.celu(CELU_ALPHA)),
                x -> ClosedForms.celu(x, CELU_ALPHA), x -> ClosedForms.celuDerivative(x, CELU_ALPHA)));
        m.put("act.selu", new Case("SELU", elementwise(Solutions::selu),
                x -> ClosedForms.SELU_LAMBDA * ClosedForms.elu(x, ClosedForms.SELU_ALPHA),
                x -> ClosedForms.SELU_LAMBDA * ClosedForms.eluDerivative(x, ClosedForms.SELU_ALPHA)));
        m.put("act.gelu", new Case("GELU", elementwise(Solutions::gelu), ClosedForms::gelu,
                ClosedForms::geluDerivative));
        m.put("act.gelu_sigmoid", new Case("GELU, sigmoid approximation", elementwise(Solutions::geluSigmoid),
                x -> ClosedForms.swish(x, ClosedForms.GELU_SIGMOID_SLOPE),
                x -> ClosedForms.swishDerivative(x, ClosedForms.GELU_SIGMOID_SLOPE)));
        m.put("act.swish", new Case("swish (beta 1)", parametric(Solutions::swish, 1), x -> ClosedForms.swish(x, 1),
                x -> ClosedForms.swishDerivative(x, 1)));
        m.put("act.silu", new Case("SiLU", elementwise(Solutions::silu), x -> ClosedForms.swish(x, 1),
                x -> ClosedForms.swishDerivative(x, 1)));
        m.put("act.hardswish", new Case("hardswish", elementwise(Solutions::hardswish), ClosedForms::hardswish,
                ClosedForms::hardswishDerivative));
        return m;
    }
}
