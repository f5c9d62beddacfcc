package nngrade.reference.schedules;

import nngrade.problems.optimizers.LearningRateSchedule;

/** sched.inverse_time, 1/t decay: lr(t) = lr0/(1 + k t), torch's LambdaLR(lambda t: 1/(1 + k t)). */
public class InverseTimeDecay implements LearningRateSchedule {

    private final double lr0;
    private final double k;

    /**
     * @param lr0 the learning rate at t = 0
     * @param k   the decay rate
     */
    public InverseTimeDecay(double lr0, double k) {
        this.lr0 = lr0;
        this.k = k;
    }

    @Override
    public double lr(int t) {
        Steps.requireNonNegative(t);
        return lr0 / (1 + k * t);
    }
}
