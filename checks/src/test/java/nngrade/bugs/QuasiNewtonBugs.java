package nngrade.bugs;

import java.util.List;
import java.util.Set;
import nngrade.bugs.quasinewton.Dichotomous;
import nngrade.bugs.quasinewton.Golden;
import nngrade.bugs.quasinewton.GoldenBestPoint;
import nngrade.bugs.quasinewton.GoldenInfiniteTolerance;
import nngrade.bugs.quasinewton.Newton;
import nngrade.bugs.quasinewton.PlainBfgs;
import nngrade.bugs.quasinewton.PlainLbfgs;
import nngrade.bugs.quasinewton.ShermanMorrisonTypo;
import nngrade.bugs.quasinewton.Updates;
import nngrade.checks.support.LinearAlgebra;
import nngrade.problems.quasinewton.LineMinimizer;
import nngrade.problems.quasinewton.LineSearch;
import nngrade.problems.quasinewton.Minimizer;
import nngrade.problems.quasinewton.Objective;
import nngrade.problems.quasinewton.RankOneInverse;
import nngrade.problems.quasinewton.SecantUpdate;
import nngrade.problems.quasinewton.SecondOrderStep;
import nngrade.reference.ReferenceSolutions;
import nngrade.reference.quasinewton.BfgsInverse;
import nngrade.reference.quasinewton.DfpInverse;

/**
 * Realistic mistakes in section E (second-order methods and line search), one per submission:
 * the notes' own traps (the DFP slide titled "Inverse Hessian update for BFGS", the sign typo of
 * Sherman-Morrison), the algebra slips of long update formulas, and the algorithmic shortcuts that
 * still give a plausible answer (bisection for golden section, a BFGS without its curvature guard,
 * an L-BFGS that keeps every pair).
 */
final class QuasiNewtonBugs {

    private QuasiNewtonBugs() {
    }

    static List<Bug> all() {
        return List.of(
                bug("bug-newton-step-plus-sign", "newton.step",
                        Set.of("agrees with the reference",
                                "lands on the minimizer of quadratics in one step",
                                "takes the steps of the worked examples"),
                        new ReferenceSolutions() {
                            @Override
                            public SecondOrderStep newtonStep() {
                                return new Newton(true, +1);
                            }
                        }),
                bug("bug-newton-step-without-pivoting", "newton.step",
                        Set.of("takes the steps of the worked examples"),
                        new ReferenceSolutions() {
                            @Override
                            public SecondOrderStep newtonStep() {
                                return new Newton(false, -1);
                            }
                        }),
                bug("bug-sr1-v-equals-q-plus-hp", "qn.sr1_hessian",
                        Set.of("agrees with the reference",
                                "satisfies the secant equation",
                                "matches the formula of the notes",
                                "returns the matrix unchanged where the update is skipped"),
                        new ReferenceSolutions() {
                            @Override
                            public SecantUpdate sr1Hessian(double skipTolerance) {
                                return Updates.sr1HessianWithPlusSign(skipTolerance);
                            }
                        }),
                bug("bug-sr1-skip-rule-scaled-by-p-squared", "qn.sr1_hessian",
                        Set.of("agrees with the reference",
                                "returns the matrix unchanged where the update is skipped"),
                        new ReferenceSolutions() {
                            @Override
                            public SecantUpdate sr1Hessian(double skipTolerance) {
                                return Updates.sr1HessianSkippingByPNormSquared(skipTolerance);
                            }
                        }),
                bug("bug-sr1-skips-only-an-exactly-zero-denominator", "qn.sr1_hessian",
                        Set.of("agrees with the reference",
                                "returns the matrix unchanged where the update is skipped"),
                        new ReferenceSolutions() {
                            @Override
                            public SecantUpdate sr1Hessian(double skipTolerance) {
                                return Updates.sr1HessianSkippingOnlyExactZero();
                            }
                        }),
                bug("bug-sr1-inverse-divides-by-w-dot-p", "qn.sr1_inverse",
                        Set.of("agrees with the reference",
                                "satisfies the secant equation",
                                "matches the formula of the notes",
                                "is the inverse of the sr1 hessian update"),
                        new ReferenceSolutions() {
                            @Override
                            public SecantUpdate sr1Inverse(double skipTolerance) {
                                return Updates.sr1InverseWithWrongDenominator(skipTolerance);
                            }
                        }),
                bug("bug-bfgs-hessian-divides-by-p-dot-p", "qn.bfgs_hessian",
                        Set.of("agrees with the reference",
                                "satisfies the secant equation",
                                "matches the formula of the notes",
                                "keeps positive definiteness when the curvature is positive"),
                        new ReferenceSolutions() {
                            @Override
                            public SecantUpdate bfgsHessian() {
                                return Updates.bfgsHessianWithPTransposeP();
                            }
                        }),
                bug("bug-bfgs-hessian-absolute-curvature-guard", "qn.bfgs_hessian",
                        Set.of("agrees with the reference",
                                "satisfies the secant equation",
                                "matches the formula of the notes"),
                        new ReferenceSolutions() {
                            @Override
                            public SecantUpdate bfgsHessian() {
                                return Updates.bfgsHessianWithAbsoluteCurvatureGuard();
                            }
                        }),
                bug("bug-dfp-in-place-of-bfgs", "qn.bfgs_inverse",
                        Set.of("agrees with the reference",
                                "matches the formula of the notes",
                                "is the inverse of the bfgs hessian update"),
                        new ReferenceSolutions() {
                            @Override
                            public SecantUpdate bfgsInverse() {
                                return new DfpInverse();
                            }
                        }),
                bug("bug-bfgs-inverse-p-and-q-swapped", "qn.bfgs_inverse",
                        Set.of("agrees with the reference",
                                "satisfies the secant equation",
                                "matches the formula of the notes",
                                "is the inverse of the bfgs hessian update"),
                        new ReferenceSolutions() {
                            @Override
                            public SecantUpdate bfgsInverse() {
                                return Updates.bfgsInverseWithPAndQSwapped();
                            }
                        }),
                bug("bug-bfgs-inverse-transpose-missing", "qn.bfgs_inverse",
                        Set.of("agrees with the reference",
                                "satisfies the secant equation",
                                "keeps the matrix symmetric",
                                "matches the formula of the notes",
                                "keeps positive definiteness when the curvature is positive",
                                "is the inverse of the bfgs hessian update"),
                        new ReferenceSolutions() {
                            @Override
                            public SecantUpdate bfgsInverse() {
                                return Updates.bfgsInverseWithoutTranspose();
                            }
                        }),
                bug("bug-bfgs-in-place-of-dfp", "qn.dfp_inverse",
                        Set.of("agrees with the reference",
                                "matches the formula of the notes",
                                "is the inverse of the dual hessian update"),
                        new ReferenceSolutions() {
                            @Override
                            public SecantUpdate dfpInverse() {
                                return new BfgsInverse();
                            }
                        }),
                bug("bug-sherman-morrison-sign-typo", "la.sherman_morrison",
                        Set.of("agrees with the reference",
                                "equals the direct inverse",
                                "gives the inverses of the worked examples",
                                "throws arithmetic exception when the updated matrix is singular"),
                        new ReferenceSolutions() {
                            @Override
                            public RankOneInverse shermanMorrison() {
                                return new ShermanMorrisonTypo();
                            }
                        }),
                bug("bug-golden-section-ratio-one-half", "ls.golden_section",
                        Set.of("bracket shrinks by the golden ratio each iteration",
                                "costs one new evaluation per iteration"),
                        new ReferenceSolutions() {
                            @Override
                            public LineMinimizer goldenSection() {
                                return new Dichotomous();
                            }
                        }),
                bug("bug-golden-section-reevaluates-both-points", "ls.golden_section",
                        Set.of("costs one new evaluation per iteration"),
                        new ReferenceSolutions() {
                            @Override
                            public LineMinimizer goldenSection() {
                                return new Golden(Golden.INV_PHI, false);
                            }
                        }),
                bug("bug-golden-section-ratio-rounded-to-0.618", "ls.golden_section",
                        Set.of("agrees with the reference",
                                "bracket shrinks by the golden ratio each iteration",
                                "costs one new evaluation per iteration",
                                "finds the minimizer within tol"),
                        new ReferenceSolutions() {
                            @Override
                            public LineMinimizer goldenSection() {
                                return new Golden(0.618, true);
                            }
                        }),
                bug("bug-golden-section-returns-its-best-point", "ls.golden_section",
                        Set.of("a bracket no wider than tol gives a point of it"),
                        new ReferenceSolutions() {
                            @Override
                            public LineMinimizer goldenSection() {
                                return new GoldenBestPoint();
                            }
                        }),
                bug("bug-golden-section-accepts-an-infinite-tolerance", "ls.golden_section",
                        Set.of("rejects empty brackets and non positive tolerances"),
                        new ReferenceSolutions() {
                            @Override
                            public LineMinimizer goldenSection() {
                                return new GoldenInfiniteTolerance();
                            }
                        }),
                // an overflow-safe norm scaled by the smallest |g_i| instead of the largest: right up
                // to rounding, but 0/0 = NaN once a component is exactly 0, and NaN >= eps is false
                bug("bug-bfgs-norm-scaled-by-the-smallest-component", "opt.bfgs",
                        Set.of("stops at the gradient tolerance or the iteration cap"),
                        new ReferenceSolutions() {
                            @Override
                            public Minimizer bfgs(LineSearch lineSearch, double eps, int maxIterations) {
                                return new PlainBfgs(lineSearch, eps, maxIterations) {
                                    @Override
                                    protected boolean converged(double[] g, double eps) {
                                        double scale = Double.POSITIVE_INFINITY;
                                        for (double v : g) {
                                            scale = Math.min(scale, Math.abs(v)); // the mistake: min, not max
                                        }
                                        double s = 0;
                                        for (double v : g) {
                                            s += (v / scale) * (v / scale);
                                        }
                                        return !(scale * Math.sqrt(s) >= eps); // the loop runs while ||g|| >= eps
                                    }
                                };
                            }
                        }),
                bug("bug-bfgs-without-curvature-guard", "opt.bfgs",
                        Set.of("skips the update when the curvature is not positive"),
                        new ReferenceSolutions() {
                            @Override
                            public Minimizer bfgs(LineSearch lineSearch, double eps, int maxIterations) {
                                return new PlainBfgs(lineSearch, eps, maxIterations) {
                                    @Override
                                    protected boolean curvatureOk(double qp) {
                                        return qp != 0;
                                    }
                                };
                            }
                        }),
                bug("bug-bfgs-resets-b-where-the-update-is-skipped", "opt.bfgs",
                        Set.of("skips the update when the curvature is not positive"),
                        new ReferenceSolutions() {
                            @Override
                            public Minimizer bfgs(LineSearch lineSearch, double eps, int maxIterations) {
                                return new PlainBfgs(lineSearch, eps, maxIterations) {
                                    @Override
                                    protected double[][] afterASkippedUpdate(double[][] b) {
                                        return LinearAlgebra.identity(b.length); // a "restart"
                                    }
                                };
                            }
                        }),
                bug("bug-bfgs-update-result-discarded", "opt.bfgs",
                        NOT_A_QUASI_NEWTON_METHOD,
                        new ReferenceSolutions() {
                            @Override
                            public Minimizer bfgs(LineSearch lineSearch, double eps, int maxIterations) {
                                return new PlainBfgs(lineSearch, eps, maxIterations) {
                                    @Override
                                    protected double[][] update(double[][] b, double[] p, double[] q) {
                                        super.update(b, p, q);
                                        return b;
                                    }
                                };
                            }
                        }),
                bug("bug-bfgs-minimizer-p-and-q-swapped", "opt.bfgs",
                        NOT_A_QUASI_NEWTON_METHOD,
                        new ReferenceSolutions() {
                            @Override
                            public Minimizer bfgs(LineSearch lineSearch, double eps, int maxIterations) {
                                return new PlainBfgs(lineSearch, eps, maxIterations) {
                                    @Override
                                    protected double[][] update(double[][] b, double[] p, double[] q) {
                                        return super.update(b, q, p);
                                    }
                                };
                            }
                        }),
                bug("bug-bfgs-ignores-a-nan-gradient", "opt.bfgs",
                        Set.of("throws arithmetic exception on non finite gradients"),
                        new ReferenceSolutions() {
                            @Override
                            public Minimizer bfgs(LineSearch lineSearch, double eps, int maxIterations) {
                                return new PlainBfgs(lineSearch, eps, maxIterations) {
                                    @Override
                                    protected double[] gradient(Objective f, double[] x) {
                                        return f.gradient(x);
                                    }
                                };
                            }
                        }),
                bug("bug-lbfgs-accepts-a-memory-of-zero", "opt.lbfgs",
                        Set.of("rejects a memory below one"),
                        new ReferenceSolutions() {
                            @Override
                            public Minimizer lbfgs(LineSearch lineSearch, int memory, double eps, int maxIterations) {
                                return new PlainLbfgs(lineSearch, memory, eps, maxIterations) {
                                    @Override
                                    protected void checkMemory() {
                                        // the mistake: r = 0 keeps no pair, gradient descent
                                    }
                                };
                            }
                        }),
                bug("bug-lbfgs-drops-its-oldest-pair-for-a-refused-one", "opt.lbfgs",
                        Set.of("directions use only the most recent pairs"),
                        new ReferenceSolutions() {
                            @Override
                            public Minimizer lbfgs(LineSearch lineSearch, int memory, double eps, int maxIterations) {
                                return new PlainLbfgs(lineSearch, memory, eps, maxIterations) {
                                    @Override
                                    protected void refused(List<double[][]> pairs) {
                                        if (pairs.size() >= memory) { // makes room before knowing the pair is refused
                                            pairs.remove(0);
                                        }
                                    }
                                };
                            }
                        }),
                bug("bug-lbfgs-loops-in-the-wrong-order", "opt.lbfgs",
                        Set.of("agrees with the reference",
                                "directions equal full bfgs while no pair has been dropped",
                                "directions use only the most recent pairs"),
                        new ReferenceSolutions() {
                            @Override
                            public Minimizer lbfgs(LineSearch lineSearch, int memory, double eps, int maxIterations) {
                                return new PlainLbfgs(lineSearch, memory, eps, maxIterations) {
                                    @Override
                                    protected double[] twoLoop(List<double[][]> pairs, double[] g) {
                                        return super.twoLoop(reversed(pairs), g);
                                    }
                                };
                            }
                        }),
                bug("bug-lbfgs-keeps-every-pair", "opt.lbfgs",
                        Set.of("agrees with the reference",
                                "directions use only the most recent pairs"),
                        new ReferenceSolutions() {
                            @Override
                            public Minimizer lbfgs(LineSearch lineSearch, int memory, double eps, int maxIterations) {
                                return new PlainLbfgs(lineSearch, memory, eps, maxIterations) {
                                    @Override
                                    protected void remember(List<double[][]> pairs, double[] p, double[] q) {
                                        pairs.add(new double[][] {p, q});
                                    }
                                };
                            }
                        }),
                bug("bug-lbfgs-drops-the-newest-pair", "opt.lbfgs",
                        Set.of("agrees with the reference",
                                "directions use only the most recent pairs",
                                "converges on rosenbrock in ten dimensions"),
                        new ReferenceSolutions() {
                            @Override
                            public Minimizer lbfgs(LineSearch lineSearch, int memory, double eps, int maxIterations) {
                                return new PlainLbfgs(lineSearch, memory, eps, maxIterations) {
                                    @Override
                                    protected void remember(List<double[][]> pairs, double[] p, double[] q) {
                                        if (pairs.size() == memory) {
                                            pairs.remove(pairs.size() - 1);
                                        }
                                        pairs.add(new double[][] {p, q});
                                    }
                                };
                            }
                        }));
    }

    /**
     * What a BFGS minimizer whose B is not the BFGS matrix fails: every direction and convergence
     * check, the guard's check (whose last run compares d_2 with the B_1 of a right update), and the
     * agreement with the reference; not the stopping and bookkeeping checks it still gets right.
     */
    private static final Set<String> NOT_A_QUASI_NEWTON_METHOD = Set.of(
            "agrees with the reference",
            "each direction is minus the bfgs matrix times the gradient",
            "minimizes quadratics in at most as many iterations as dimensions",
            "converges superlinearly near the minimum",
            "converges on rosenbrock in two dimensions within one hundred iterations",
            "converges on rosenbrock in ten dimensions",
            "skips the update when the curvature is not positive", // B after a skip is the updated B_1
            "stops at the gradient tolerance or the iteration cap");

    private static Bug bug(String name, String problemId, Set<String> failingChecks, ReferenceSolutions submission) {
        return new Bug(name, problemId, failingChecks, () -> submission);
    }

    /** @return the pairs newest first: the two loops of the recursion run in the wrong order */
    private static List<double[][]> reversed(List<double[][]> pairs) {
        List<double[][]> r = new java.util.ArrayList<>(pairs);
        java.util.Collections.reverse(r);
        return r;
    }
}
