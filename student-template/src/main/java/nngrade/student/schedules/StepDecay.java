package nngrade.student.schedules;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.optimizers.LearningRateSchedule;

/**
 * sched.step, as torch.optim.lr_scheduler.StepLR(step_size, gamma).
 */
public class StepDecay implements LearningRateSchedule {

    private final double lr0;
    private final int stepSize;
    private final double gamma;

    /**
     * @param lr0 the learning rate at t = 0
     * @param stepSize k, the steps between two decays
     * @param gamma the decay factor
     */
    public StepDecay(double lr0, int stepSize, double gamma) {
        this.lr0 = lr0;
        this.stepSize = stepSize;
        this.gamma = gamma;
    }

    /**
     * lr(t) = lr0 gamma^floor(t/k).
     *
     * @param t the step, from 0 (t = 0 is the learning rate before any scheduler.step())
     * @return the learning rate at step t; the same t must always give the same value
     * @throws IllegalArgumentException if t &lt; 0
     */
    @Override
    public double lr(int t) {
        throw new NotImplementedYet("sched.step");
    }
}
