package nngrade.reference.schedules;

import nngrade.problems.optimizers.LearningRateSchedule;

/**
 * sched.exponential: lr(t) = lr0 e^(-k t), torch's ExponentialLR with gamma = e^-k (torch
 * multiplies by gamma once per step; the closed form is the same up to rounding).
 */
public class ExponentialDecay implements LearningRateSchedule {

    private final double lr0;
    private final double k;

    /**
     * @param lr0 the learning rate at t = 0
     * @param k   the decay rate
     */
    public ExponentialDecay(double lr0, double k) {
        this.lr0 = lr0;
        this.k = k;
    }

    @Override
    public double lr(int t) {
        Steps.requireNonNegative(t);
        return lr0 * Math.exp(-k * t);
    }
}
