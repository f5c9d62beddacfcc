package nngrade.reference.schedules;

import nngrade.problems.optimizers.LearningRateSchedule;

/**
 * sched.step, torch.optim.lr_scheduler.StepLR(step_size, gamma): lr(t) = lr0 gamma^floor(t/k),
 * e.g. halve the learning rate (gamma = 0.5) every k epochs.
 */
public class StepDecay implements LearningRateSchedule {

    private final double lr0;
    private final int stepSize;
    private final double gamma;

    /**
     * @param lr0      the learning rate at t = 0
     * @param stepSize k, the steps between two decays
     * @param gamma    the factor applied at each decay
     */
    public StepDecay(double lr0, int stepSize, double gamma) {
        this.lr0 = lr0;
        this.stepSize = stepSize;
        this.gamma = gamma;
    }

    @Override
    public double lr(int t) {
        Steps.requireNonNegative(t);
        return lr0 * Math.pow(gamma, t / stepSize); // integer division: floor(t/k) for t >= 0
    }
}
