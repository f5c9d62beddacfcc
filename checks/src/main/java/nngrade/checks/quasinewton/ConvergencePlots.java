package nngrade.checks.quasinewton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import nngrade.feedback.Curve;
import nngrade.feedback.Plot;
import nngrade.feedback.Probe;
import nngrade.problems.Solutions;
import nngrade.problems.quasinewton.Minimizer;
import nngrade.problems.quasinewton.Objective;

/**
 * The pictures of a minimizer that lost points: its error per iteration on a log scale.
 * <ul>
 * <li>ls.golden_section: |x_k - x*| at each evaluation k, minimizing (x - sqrt 2)^2 on [0, 4] to
 * 1e-8, against the bracket width of golden-section search after k evaluations, 4 / phi^(k-2)
 * (two evaluations to start, then each shrinks the bracket by exactly 1/phi): the error of an
 * interior point never exceeds it;
 * <li>opt.bfgs, opt.lbfgs: ||g_k|| at each iterate on the 2-D Rosenbrock function from (-1.2, 1)
 * with the checks' golden-section line search, against the stopping tolerance 1e-6 and, in an
 * instructor's build, the reference's own run.
 * </ul>
 */
public final class ConvergencePlots implements Probe {

    private static final double INV_PHI = (Math.sqrt(5) - 1) / 2;
    private static final double MINIMIZER = Math.sqrt(2);
    private static final double A = 0;
    private static final double B = 4;
    private static final double TOL = 1e-8;
    /** Evaluations (golden section) or gradients (BFGS) recorded before the run is stopped. */
    static final int MAX_RECORDED = 2_000;

    @Override
    public Set<String> problems() {
        return Set.of("ls.golden_section", "opt.bfgs", "opt.lbfgs");
    }

    @Override
    public List<Plot> plots(String problemId, Solutions submission, Solutions reference) {
        return List.of(plot(problemId, submission, reference));
    }

    private Plot plot(String problemId, Solutions submission, Solutions reference) {
        return problemId.equals("ls.golden_section") ? golden(submission, reference)
                : minimizer(problemId, problemId.equals("opt.bfgs") ? new BfgsChecks() : new LbfgsChecks(),
                        submission, reference);
    }

    private static Plot golden(Solutions submission, Solutions reference) {
        List<Curve> curves = new ArrayList<>();
        double[] yours = goldenErrors(submission);
        int n = Math.max(yours.length, 60);
        double[] k = new double[n];
        double[] width = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = i + 1;
            width[i] = (B - A) * Math.pow(INV_PHI, Math.max(0, i - 1));
        }
        curves.add(Curve.correct("bracket width (b - a) / phi^(k-2)", k, width));
        if (reference != null) {
            double[] ref = goldenErrors(reference);
            curves.add(Curve.correct("the reference", count(ref.length), ref));
        }
        curves.add(Curve.yours("yours: |x_k - x*|", count(yours.length), yours));
        return new Plot("ls.golden_section", "Golden-section search on (x - sqrt 2)^2, [0, 4], tol 1e-8",
                "evaluation k", "error (log scale)", true, curves, String.format(Locale.ROOT,
                        "Yours evaluated f %d times; golden-section search needs at most %d for this bracket and "
                                + "tolerance, and each evaluation sits inside a bracket no wider than the grey line.",
                        yours.length, 2 + (int) Math.ceil(Math.log((B - A) / TOL) / Math.log(1 / INV_PHI))));
    }

    private static double[] goldenErrors(Solutions s) {
        List<Double> errors = new ArrayList<>();
        DoubleUnaryOperator f = x -> {
            if (errors.size() >= MAX_RECORDED) {
                throw new IllegalStateException("more than " + MAX_RECORDED + " evaluations");
            }
            errors.add(Math.abs(x - MINIMIZER));
            return (x - MINIMIZER) * (x - MINIMIZER);
        };
        try {
            s.goldenSection().minimize(f, A, B, TOL);
        } catch (RuntimeException e) {
            // what was evaluated until then is the picture
        }
        return errors.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Plot minimizer(String id, MinimizerContract checks, Solutions submission, Solutions reference) {
        List<Curve> curves = new ArrayList<>();
        double[] yours = gradientNorms(checks, submission);
        int n = Math.max(2, yours.length);
        curves.add(Curve.correct("stop: ||g|| < 1e-6", new double[] {0, n - 1},
                new double[] {MinimizerContract.EPS, MinimizerContract.EPS}));
        if (reference != null) {
            double[] ref = gradientNorms(checks, reference);
            curves.add(Curve.correct("the reference", count0(ref.length), ref));
        }
        curves.add(Curve.yours("yours: ||g_k||", count0(yours.length), yours));
        return new Plot(id, "Rosenbrock 2-D from (-1.2, 1): gradient norm per iteration", "iteration k",
                "||g_k|| (log scale)", true, curves, String.format(Locale.ROOT,
                        "With the checks' golden-section line search, yours computed %d gradients; it must reach "
                                + "||g|| < 1e-6 within %d iterations, and near the minimum the error falls faster "
                                + "and faster (superlinear convergence).",
                        yours.length, MinimizerContract.ROSENBROCK_2D_CAP));
    }

    private static double[] gradientNorms(MinimizerContract checks, Solutions s) {
        Rosenbrock rosenbrock = new Rosenbrock();
        List<Double> norms = new ArrayList<>();
        Objective f = new Objective() {
            @Override
            public double value(double[] x) {
                return rosenbrock.value(x);
            }

            @Override
            public double[] gradient(double[] x) {
                if (norms.size() >= MAX_RECORDED) {
                    throw new IllegalStateException("more than " + MAX_RECORDED + " gradients");
                }
                double[] g = rosenbrock.gradient(x);
                norms.add(Math.sqrt(g[0] * g[0] + g[1] * g[1]));
                return g;
            }
        };
        try {
            Minimizer m = checks.of(s, new GoldenLineSearch(), MinimizerContract.EPS,
                    MinimizerContract.ROSENBROCK_2D_CAP);
            m.minimize(f, Rosenbrock.start(2));
        } catch (RuntimeException e) {
            // what was computed until then is the picture
        }
        return norms.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] count(int n) {
        double[] k = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = i + 1;
        }
        return k;
    }

    private static double[] count0(int n) {
        double[] k = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = i;
        }
        return k;
    }
}
