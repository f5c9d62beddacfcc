package nngrade.student.schedules;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.optimizers.LearningRateSchedule;

/**
 * sched.cosine_warm_restarts, as torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(T_0, T_mult,
 * eta_min), stepped once per step.
 */
public class CosineWarmRestarts implements LearningRateSchedule {

    private final double baseLr;
    private final int t0;
    private final int tMult;
    private final double etaMin;

    /**
     * @param baseLr the learning rate at each restart
     * @param t0 T_0, the length of the first cycle
     * @param tMult T_mult: each cycle is T_mult times longer than the previous
     * @param etaMin the floor
     */
    public CosineWarmRestarts(double baseLr, int t0, int tMult, double etaMin) {
        this.baseLr = baseLr;
        this.t0 = t0;
        this.tMult = tMult;
        this.etaMin = etaMin;
    }

    /**
     * lr(t) = etaMin + (baseLr - etaMin)(1 + cos(pi T_cur/T_i))/2, where the cycles have lengths
     * T_0, T_0 T_mult, T_0 T_mult^2, ..., T_i is the length of the cycle containing t and T_cur
     * the steps since that cycle began.
     *
     * @param t the step, from 0 (t = 0 is the learning rate before any scheduler.step())
     * @return the learning rate at step t; the same t must always give the same value
     * @throws IllegalArgumentException if t &lt; 0
     */
    @Override
    public double lr(int t) {
        throw new NotImplementedYet("sched.cosine_warm_restarts");
    }
}
