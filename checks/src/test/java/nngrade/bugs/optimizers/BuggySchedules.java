package nngrade.bugs.optimizers;

import nngrade.problems.optimizers.LearningRateSchedule;

/** Learning-rate schedules with one realistic mistake each, for the bug catalogue of section D. */
public final class BuggySchedules {

    private BuggySchedules() {
    }

    private static void requireNonNegative(int t) {
        if (t < 0) {
            throw new IllegalArgumentException("t < 0");
        }
    }

    /** Step decay that drops one step early: lr0 gamma^floor((t + 1)/k). */
    public static final class StepDecayOneStepEarly implements LearningRateSchedule {
        private final double lr0;
        private final int k;
        private final double gamma;

        public StepDecayOneStepEarly(double lr0, int k, double gamma) {
            this.lr0 = lr0;
            this.k = k;
            this.gamma = gamma;
        }

        @Override
        public double lr(int t) {
            requireNonNegative(t);
            return lr0 * Math.pow(gamma, (t + 1) / k);
        }
    }

    /**
     * Exponential decay kept as state, multiplied by e^-k at each call: right when asked
     * lr(0), lr(1), ... in order, wrong otherwise.
     */
    public static final class ExponentialDecayStateful implements LearningRateSchedule {
        private final double lr0;
        private final double k;
        private double current;

        public ExponentialDecayStateful(double lr0, double k) {
            this.lr0 = lr0;
            this.k = k;
        }

        @Override
        public double lr(int t) {
            requireNonNegative(t);
            current = t == 0 ? lr0 : current * Math.exp(-k);
            return current;
        }
    }

    /** 1/t decay written as 1/sqrt(t) decay: lr0/sqrt(1 + k t). */
    public static final class InverseSqrtDecay implements LearningRateSchedule {
        private final double lr0;
        private final double k;

        public InverseSqrtDecay(double lr0, double k) {
            this.lr0 = lr0;
            this.k = k;
        }

        @Override
        public double lr(int t) {
            requireNonNegative(t);
            return lr0 / Math.sqrt(1 + k * t);
        }
    }

    /** Warm restarts that ignore T_mult: every cycle has length T_0. */
    public static final class WarmRestartsIgnoringTMult implements LearningRateSchedule {
        private final double base;
        private final int t0;
        private final double etaMin;

        public WarmRestartsIgnoringTMult(double base, int t0, int tMult, double etaMin) {
            this.base = base;
            this.t0 = t0;
            this.etaMin = etaMin;
        }

        @Override
        public double lr(int t) {
            requireNonNegative(t);
            return etaMin + (base - etaMin) * (1 + Math.cos(Math.PI * (t % t0) / t0)) / 2;
        }
    }

    /** One-cycle one step ahead: it answers for step t what torch gives at t + 1. */
    public static final class OneCycleOneStepAhead implements LearningRateSchedule {
        private final double maxLr;
        private final int total;
        private final double initial;
        private final double min;
        private final double endOfRise;

        public OneCycleOneStepAhead(double maxLr, int total, double pctStart, double div, double finalDiv) {
            this.maxLr = maxLr;
            this.total = total;
            this.initial = maxLr / div;
            this.min = initial / finalDiv;
            this.endOfRise = pctStart * total - 1;
        }

        @Override
        public double lr(int t) {
            requireNonNegative(t);
            if (t > total) {
                throw new IllegalArgumentException("past the end");
            }
            int s = t + 1;
            return s <= endOfRise ? anneal(initial, maxLr, s / endOfRise)
                    : anneal(maxLr, min, (s - endOfRise) / (total - 1 - endOfRise));
        }

        private static double anneal(double start, double end, double p) {
            return end + (start - end) / 2.0 * (Math.cos(Math.PI * p) + 1);
        }
    }

    /** A triangle that falls as fast as it rises: step_size_down ignored. */
    public static final class CyclicIgnoringStepSizeDown implements LearningRateSchedule {
        private final double base;
        private final double max;
        private final int up;

        public CyclicIgnoringStepSizeDown(double base, double max, int up, int down) {
            this.base = base;
            this.max = max;
            this.up = up;
        }

        @Override
        public double lr(int t) {
            requireNonNegative(t);
            int p = t % (2 * up);
            double height = p <= up ? (double) p / up : (double) (2 * up - p) / up;
            return base + (max - base) * height;
        }
    }
}
