package nngrade.student.schedules;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.optimizers.LearningRateSchedule;

/**
 * sched.cyclic, as torch.optim.lr_scheduler.CyclicLR(base_lr, max_lr, step_size_up,
 * step_size_down, mode='triangular').
 */
public class CyclicTriangular implements LearningRateSchedule {

    private final double baseLr;
    private final double maxLr;
    private final int stepSizeUp;
    private final int stepSizeDown;

    /**
     * @param baseLr the bottom of the wave
     * @param maxLr the top
     * @param stepSizeUp steps of the rise
     * @param stepSizeDown steps of the fall
     */
    public CyclicTriangular(double baseLr, double maxLr, int stepSizeUp, int stepSizeDown) {
        this.baseLr = baseLr;
        this.maxLr = maxLr;
        this.stepSizeUp = stepSizeUp;
        this.stepSizeDown = stepSizeDown;
    }

    /**
     * A triangle wave: linear from baseLr (t = 0) up to maxLr (t = stepSizeUp), linear back down to
     * baseLr at t = stepSizeUp + stepSizeDown, then again with that period.
     *
     * @param t the step, from 0 (t = 0 is the learning rate before any scheduler.step())
     * @return the learning rate at step t; the same t must always give the same value
     * @throws IllegalArgumentException if t &lt; 0
     */
    @Override
    public double lr(int t) {
        throw new NotImplementedYet("sched.cyclic");
    }
}
