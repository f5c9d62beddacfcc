package nngrade.reference.schedules;

import nngrade.problems.optimizers.LearningRateSchedule;

/**
 * sched.one_cycle, torch's OneCycleLR(max_lr, total_steps, pct_start, anneal_strategy='cos',
 * div_factor, final_div_factor, three_phase=False) (Smith's 1cycle policy, recommended by
 * fast.ai).
 *
 * <p>Two phases, each a cosine annealing cos(start, end, p) = end + (start - end)(1 + cos(pi p))/2
 * over the fraction p of the phase done: from initial = max/div_factor at t = 0 up to max at
 * t = pct_start total - 1, then down to initial/final_div_factor at t = total - 1. As torch, the
 * end of the first phase is the real number pct_start total - 1, and t = total is still answered
 * (the fall extrapolated one step).
 */
public class OneCycle implements LearningRateSchedule {

    private final double maxLr;
    private final int totalSteps;
    private final double initialLr;
    private final double minLr;
    private final double endOfRise;
    private final double endOfFall;

    /**
     * @param maxLr          the peak
     * @param totalSteps     the length of the cycle
     * @param pctStart       the fraction of the cycle spent rising
     * @param divFactor      initial = maxLr/divFactor
     * @param finalDivFactor the last learning rate is initial/finalDivFactor
     */
    public OneCycle(double maxLr, int totalSteps, double pctStart, double divFactor, double finalDivFactor) {
        this.maxLr = maxLr;
        this.totalSteps = totalSteps;
        this.initialLr = maxLr / divFactor;
        this.minLr = initialLr / finalDivFactor;
        this.endOfRise = pctStart * totalSteps - 1;
        this.endOfFall = totalSteps - 1;
    }

    /** @throws IllegalArgumentException if t &lt; 0 or t &gt; totalSteps */
    @Override
    public double lr(int t) {
        Steps.requireNonNegative(t);
        if (t > totalSteps) {
            throw new IllegalArgumentException("the cycle has " + totalSteps + " steps, got t = " + t);
        }
        if (t <= endOfRise) {
            return anneal(initialLr, maxLr, t / endOfRise);
        }
        return anneal(maxLr, minLr, (t - endOfRise) / (endOfFall - endOfRise));
    }

    /** @return end + (start - end)(1 + cos(pi p))/2: start at p = 0, end at p = 1 */
    private static double anneal(double start, double end, double p) {
        return end + (start - end) / 2.0 * (Math.cos(Math.PI * p) + 1);
    }
}
