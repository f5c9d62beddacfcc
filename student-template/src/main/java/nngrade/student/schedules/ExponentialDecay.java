package nngrade.student.schedules;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.optimizers.LearningRateSchedule;

/**
 * sched.exponential: torch's ExponentialLR with gamma = e^-k.
 */
public class ExponentialDecay implements LearningRateSchedule {

    private final double lr0;
    private final double k;

    /**
     * @param lr0 the learning rate at t = 0
     * @param k the decay rate
     */
    public ExponentialDecay(double lr0, double k) {
        this.lr0 = lr0;
        this.k = k;
    }

    /**
     * lr(t) = lr0 e^(-k t).
     *
     * @param t the step, from 0 (t = 0 is the learning rate before any scheduler.step())
     * @return the learning rate at step t; the same t must always give the same value
     * @throws IllegalArgumentException if t &lt; 0
     */
    @Override
    public double lr(int t) {
        throw new NotImplementedYet("sched.exponential");
    }
}
