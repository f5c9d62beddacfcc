package nngrade.reference.schedules;

import nngrade.problems.optimizers.LearningRateSchedule;

/**
 * sched.cyclic, torch's CyclicLR(base_lr, max_lr, step_size_up, step_size_down,
 * mode='triangular') (Smith): a triangle wave, linear from base up to max in step_size_up steps
 * and back down in step_size_down steps, period step_size_up + step_size_down.
 *
 * <p>As torch: with T the period and r = up/T, the position in the cycle is
 * x = 1 + t/T - floor(1 + t/T), and lr = base + (max - base) s with s = x/r on the way up,
 * (x - 1)/(r - 1) on the way down.
 */
public class CyclicTriangular implements LearningRateSchedule {

    private final double baseLr;
    private final double maxLr;
    private final double period;
    private final double riseRatio;

    /**
     * @param baseLr       the bottom of the wave
     * @param maxLr        the top
     * @param stepSizeUp   steps of the rise
     * @param stepSizeDown steps of the fall
     */
    public CyclicTriangular(double baseLr, double maxLr, int stepSizeUp, int stepSizeDown) {
        this.baseLr = baseLr;
        this.maxLr = maxLr;
        this.period = (double) stepSizeUp + stepSizeDown;
        this.riseRatio = stepSizeUp / period;
    }

    @Override
    public double lr(int t) {
        Steps.requireNonNegative(t);
        double cycle = Math.floor(1 + t / period);
        double x = 1. + t / period - cycle;
        double scale = x <= riseRatio ? x / riseRatio : (x - 1) / (riseRatio - 1);
        return baseLr + (maxLr - baseLr) * scale;
    }
}
