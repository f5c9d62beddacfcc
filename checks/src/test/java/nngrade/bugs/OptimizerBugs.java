package nngrade.bugs;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nngrade.bugs.optimizers.BuggyOptimizers;
import nngrade.bugs.optimizers.BuggySchedules;
import nngrade.problems.Solutions;
import nngrade.problems.optimizers.LearningRateSchedule;
import nngrade.problems.optimizers.LookaheadOptimizer;
import nngrade.problems.optimizers.Optimizer;
import nngrade.reference.ReferenceSolutions;

/** Realistic mistakes in section D (first-order optimizers and learning-rate schedules), one per submission. */
final class OptimizerBugs {

    private OptimizerBugs() {
    }

    static List<Bug> all() {
        return List.of(
                bug("bug-sgd-fixes-its-length-at-the-first-step", "optim.sgd",
                        Set.of("rejects gradients of the wrong length"), () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer sgd(double lr) {
                        return new BuggyOptimizers.SgdFixingItsLength(lr);
                    }
                }),
                bug("bug-sgd-ascends", "optim.sgd", Set.of(
                            "agrees with the reference on generated gradient sequences",
                            "first two steps match the closed form",
                            "reproduces torch trajectories on stored gradient sequences",
                            "works for any parameter length"), () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer sgd(double lr) {
                        return new BuggyOptimizers.SgdAscending(lr);
                    }
                }),
                bug("bug-momentum-gradient-sign-flipped", "optim.momentum_sutskever", Set.of(
                            "agrees with the reference on generated gradient sequences",
                            "beats sgd at its best fixed rate on an ill conditioned quadratic",
                            "first two steps match the closed form",
                            "reproduces torch trajectories on stored gradient sequences",
                            "same trajectory as the ema form",
                            "works for any parameter length",
                            "zero momentum is plain sgd"), () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer momentumSutskever(double lr, double mu) {
                        return new BuggyOptimizers.SutskeverSignFlipped(lr, mu);
                    }
                }),
                bug("bug-ema-momentum-undamped", "optim.momentum_ema", Set.of(
                            "agrees with the reference on generated gradient sequences",
                            "beats sgd at its best fixed rate on an ill conditioned quadratic",
                            "first two steps match the closed form",
                            "reproduces torch trajectories on stored gradient sequences",
                            "same trajectory as the sutskever form",
                            "works for any parameter length"), () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer momentumEma(double lr, double mu) {
                        return new BuggyOptimizers.EmaUndamped(lr, mu);
                    }
                }),
                bug("bug-torch-momentum-dampened", "optim.momentum_torch", Set.of(
                            "agrees with the reference on generated gradient sequences",
                            "equals the ema form with lr over one minus mu",
                            "first two steps match the closed form",
                            "reproduces torch trajectories on stored gradient sequences",
                            "works for any parameter length"), () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer momentumTorch(double lr, double mu) {
                        return new BuggyOptimizers.TorchMomentumDampened(lr, mu);
                    }
                }),
                bug("bug-torch-momentum-buffer-is-the-first-gradient", "optim.momentum_torch",
                        Set.of("does not modify the gradient"), () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer momentumTorch(double lr, double mu) {
                        return new BuggyOptimizers.TorchMomentumKeepsTheFirstGradient(lr, mu);
                    }
                }),
                bug("bug-torch-momentum-no-length-checks", "optim.momentum_torch", Set.of("rejects gradients of the wrong length"),
                        () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer momentumTorch(double lr, double mu) {
                        return new BuggyOptimizers.TorchMomentumUnchecked(lr, mu);
                    }
                }),
                bug("bug-nesterov-gradient-at-x-not-lookahead", "optim.nesterov", Set.of(
                            "agrees with the reference on generated gradient sequences",
                            "evaluates the gradient once at the lookahead point",
                            "reproduces torch trajectories on stored gradient sequences",
                            "same trajectory in x tilde as the shifted form"), () -> new ReferenceSolutions() {
                    @Override
                    public LookaheadOptimizer nesterov(double eps, double mu) {
                        return new BuggyOptimizers.NesterovGradientAtX(eps, mu);
                    }
                }),
                bug("bug-nesterov-shifted-missing-correction", "optim.nesterov_shifted", Set.of(
                            "agrees with the reference on generated gradient sequences",
                            "first two steps match the closed form",
                            "reproduces torch trajectories on stored gradient sequences",
                            "same trajectory as the lookahead form in x tilde",
                            "works for any parameter length"), () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer nesterovShifted(double eps, double mu) {
                        return new BuggyOptimizers.ShiftedWithoutCorrection(eps, mu);
                    }
                }),
                // the square root of a negative sum is NaN: two instances "agreed" on NaN until that
                // check asked for finite values first
                bug("bug-adagrad-accumulates-g-not-g-squared", "optim.adagrad", Set.of(
                            "a constant gradient gives steps shrinking like one over sqrt t",
                            "agrees with the reference on generated gradient sequences",
                            "first two steps match the closed form",
                            "reproduces torch trajectories on stored gradient sequences",
                            "two instances never share state",
                            "works for any parameter length"), () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer adagrad(double lr, double eps) {
                        return new BuggyOptimizers.AdaGradSumOfGradients(lr, eps);
                    }
                }),
                bug("bug-adagrad-sized-while-empty", "optim.adagrad", Set.of("rejects gradients of the wrong length"),
                        () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer adagrad(double lr, double eps) {
                        return new BuggyOptimizers.AdaGradSizedWhileEmpty(lr, eps);
                    }
                }),
                bug("bug-rmsprop-without-one-minus-rho", "optim.rmsprop", Set.of(
                            "a constant gradient gives steps growing toward lr",
                            "agrees with the reference on generated gradient sequences",
                            "first two steps match the closed form",
                            "reproduces torch trajectories on stored gradient sequences",
                            "works for any parameter length"), () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer rmsprop(double lr, double rho, double eps) {
                        return new BuggyOptimizers.RmsPropWithoutOneMinusRho(lr, rho, eps);
                    }
                }),
                bug("bug-rmsprop-overwrites-the-gradient", "optim.rmsprop", Set.of("does not modify the gradient"),
                        () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer rmsprop(double lr, double rho, double eps) {
                        return new BuggyOptimizers.RmsPropOverwritesGradient(lr, rho, eps);
                    }
                }),
                bug("bug-adam-without-bias-correction", "optim.adam", Set.of(
                            "agrees with the reference on generated gradient sequences",
                            "first step moves every coordinate by lr whatever the gradient scale",
                            "first two steps match the closed form",
                            "reproduces torch trajectories on stored gradient sequences",
                            "works for any parameter length"), () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer adam(double lr, double beta1, double beta2, double eps) {
                        return new BuggyOptimizers.AdamWithoutBiasCorrection(lr, beta1, beta2, eps);
                    }
                }),
                bug("bug-adam-eps-inside-sqrt", "optim.adam", Set.of(
                            "agrees with the reference on generated gradient sequences",
                            "first step moves every coordinate by lr whatever the gradient scale",
                            "first two steps match the closed form",
                            "reproduces torch trajectories on stored gradient sequences",
                            "works for any parameter length"), () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer adam(double lr, double beta1, double beta2, double eps) {
                        return new BuggyOptimizers.AdamEpsInsideSqrt(lr, beta1, beta2, eps);
                    }
                }),
                bug("bug-adam-static-state-shared-by-instances", "optim.adam", Set.of(
                            "agrees with the reference on generated gradient sequences",
                            "first step moves every coordinate by lr whatever the gradient scale",
                            "first two steps match the closed form",
                            "rejects gradients of the wrong length",
                            "two instances never share state"), () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer adam(double lr, double beta1, double beta2, double eps) {
                        return new BuggyOptimizers.AdamWithStaticState(lr, beta1, beta2, eps);
                    }
                }),
                bug("bug-amsgrad-without-max", "optim.amsgrad", Set.of(
                            "agrees with the reference on generated gradient sequences",
                            "first two steps match the closed form",
                            "reproduces torch trajectories on stored gradient sequences",
                            "second moment in the denominator never decreases",
                            "works for any parameter length"), () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer amsgrad(double lr, double beta1, double beta2, double eps) {
                        return new BuggyOptimizers.AmsGradWithoutMax(lr, beta1, beta2, eps);
                    }
                }),
                bug("bug-adamw-decays-after-the-step", "optim.adamw", Set.of(
                            "agrees with the reference on generated gradient sequences",
                            "first two steps match the closed form",
                            "reproduces torch trajectories on stored gradient sequences",
                            "works for any parameter length"), () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer adamw(double lr, double beta1, double beta2, double eps, double weightDecay) {
                        return new BuggyOptimizers.AdamWDecayAfterStep(lr, beta1, beta2, eps, weightDecay);
                    }
                }),
                bug("bug-adamw-decay-divided-by-adaptive-denominator", "optim.adamw", Set.of(
                            "a zero gradient shrinks the parameters by one minus lr wd each step",
                            "agrees with the reference on generated gradient sequences",
                            "first two steps match the closed form",
                            "reproduces torch trajectories on stored gradient sequences",
                            "trajectory is unchanged when every gradient is rescaled",
                            "works for any parameter length"), () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer adamw(double lr, double beta1, double beta2, double eps, double weightDecay) {
                        return new BuggyOptimizers.AdamWDecayOverDenominator(lr, beta1, beta2, eps, weightDecay);
                    }
                }),
                bug("bug-weight-decay-sign-flipped", "optim.weight_decay", Set.of(
                            "agrees with the reference on generated gradient sequences",
                            "equals decoupled weight decay for plain sgd",
                            "first two steps match the closed form",
                            "reproduces torch trajectories on stored gradient sequences",
                            "works for any parameter length"), () -> new ReferenceSolutions() {
                    @Override
                    public Optimizer sgdWeightDecay(double lr, double weightDecay) {
                        return new BuggyOptimizers.WeightDecaySignFlipped(lr, weightDecay);
                    }
                }),
                bug("bug-step-decay-drops-one-step-early", "sched.step", Set.of(
                            "agrees with the reference on generated hyperparameters",
                            "holds for step size steps then drops by gamma",
                            "reproduces torch scheduler values stored as fixtures",
                            "values match the formula"), () -> new ReferenceSolutions() {
                    @Override
                    public LearningRateSchedule stepDecay(double lr0, int stepSize, double gamma) {
                        return new BuggySchedules.StepDecayOneStepEarly(lr0, stepSize, gamma);
                    }
                }),
                bug("bug-exponential-decay-keeps-state-between-calls", "sched.exponential", Set.of("a step asked again or out of order gives the same value"),
                        () -> new ReferenceSolutions() {
                    @Override
                    public LearningRateSchedule exponentialDecay(double lr0, double k) {
                        return new BuggySchedules.ExponentialDecayStateful(lr0, k);
                    }
                }),
                bug("bug-inverse-time-decay-as-inverse-sqrt", "sched.inverse_time", Set.of(
                            "agrees with the reference on generated hyperparameters",
                            "reproduces torch scheduler values stored as fixtures",
                            "the reciprocal grows linearly in t",
                            "values match the formula"), () -> new ReferenceSolutions() {
                    @Override
                    public LearningRateSchedule inverseTimeDecay(double lr0, double k) {
                        return new BuggySchedules.InverseSqrtDecay(lr0, k);
                    }
                }),
                bug("bug-warm-restarts-ignore-t-mult", "sched.cosine_warm_restarts", Set.of(
                            "agrees with the reference on generated hyperparameters",
                            "reproduces torch scheduler values stored as fixtures",
                            "restarts at base lr after t0 then t0 times t mult steps",
                            "values match the formula"), () -> new ReferenceSolutions() {
                    @Override
                    public LearningRateSchedule cosineWarmRestarts(double baseLr, int t0, int tMult, double etaMin) {
                        return new BuggySchedules.WarmRestartsIgnoringTMult(baseLr, t0, tMult, etaMin);
                    }
                }),
                bug("bug-one-cycle-one-step-ahead", "sched.one_cycle", Set.of(
                            "agrees with the reference on generated hyperparameters",
                            "reproduces torch scheduler values stored as fixtures",
                            "rises then falls without leaving its range",
                            "starts at max over div factor peaks at max and ends at initial over final div factor",
                            "values match the formula"), () -> new ReferenceSolutions() {
                    @Override
                    public LearningRateSchedule oneCycle(double maxLr, int totalSteps, double pctStart, double divFactor,
                            double finalDivFactor) {
                        return new BuggySchedules.OneCycleOneStepAhead(maxLr, totalSteps, pctStart, divFactor, finalDivFactor);
                    }
                }),
                bug("bug-cyclic-ignores-step-size-down", "sched.cyclic", Set.of(
                            "agrees with the reference on generated hyperparameters",
                            "hits base lr at each cycle start and max lr at each peak",
                            "is periodic with period step size up plus step size down",
                            "reproduces torch scheduler values stored as fixtures",
                            "values match the formula"), () -> new ReferenceSolutions() {
                    @Override
                    public LearningRateSchedule cyclic(double baseLr, double maxLr, int stepSizeUp, int stepSizeDown) {
                        return new BuggySchedules.CyclicIgnoringStepSizeDown(baseLr, maxLr, stepSizeUp, stepSizeDown);
                    }
                }));
    }

    private static Bug bug(String name, String problem, Set<String> failing, Supplier<Solutions> submission) {
        return new Bug(name, problem, failing, submission);
    }
}
