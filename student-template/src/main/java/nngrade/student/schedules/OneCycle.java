package nngrade.student.schedules;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.optimizers.LearningRateSchedule;

/**
 * sched.one_cycle, as torch.optim.lr_scheduler.OneCycleLR(max_lr, total_steps, pct_start,
 * anneal_strategy='cos', div_factor, final_div_factor).
 */
public class OneCycle implements LearningRateSchedule {

    private final double maxLr;
    private final int totalSteps;
    private final double pctStart;
    private final double divFactor;
    private final double finalDivFactor;

    /**
     * @param maxLr the peak
     * @param totalSteps the length of the cycle
     * @param pctStart the fraction of the cycle spent rising
     * @param divFactor the first learning rate is maxLr/divFactor
     * @param finalDivFactor the last is (maxLr/divFactor)/finalDivFactor
     */
    public OneCycle(double maxLr, int totalSteps, double pctStart, double divFactor, double finalDivFactor) {
        this.maxLr = maxLr;
        this.totalSteps = totalSteps;
        this.pctStart = pctStart;
        this.divFactor = divFactor;
        this.finalDivFactor = finalDivFactor;
    }

    /**
     * With initial = maxLr/divFactor, min = initial/finalDivFactor, e1 = pctStart totalSteps - 1
     * (a real number, as torch computes it), e2 = totalSteps - 1 and
     * cos(start, end, p) = end + (start - end)(1 + cos(pi p))/2:
     * lr(t) = cos(initial, maxLr, t/e1) for t &lt;= e1, else cos(maxLr, min, (t - e1)/(e2 - e1)).
     *
     * @param t the step, from 0 (t = 0 is the learning rate before any scheduler.step())
     * @return the learning rate at step t; the same t must always give the same value
     * @throws IllegalArgumentException if t &lt; 0, or t &gt; totalSteps
     */
    @Override
    public double lr(int t) {
        throw new NotImplementedYet("sched.one_cycle");
    }
}
