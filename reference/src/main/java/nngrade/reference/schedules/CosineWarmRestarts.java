package nngrade.reference.schedules;

import nngrade.problems.optimizers.LearningRateSchedule;

/**
 * sched.cosine_warm_restarts, torch's CosineAnnealingWarmRestarts(T_0, T_mult, eta_min) (SGDR,
 * Loshchilov and Hutter), stepped once per step:
 * lr(t) = eta_min + (base - eta_min)(1 + cos(pi T_cur/T_i))/2.
 *
 * <p>The cycles have lengths T_0, T_0 T_mult, T_0 T_mult^2, ...; T_i is the length of the cycle
 * that contains t and T_cur the steps since it began. Each cycle starts at base (a warm restart,
 * to jump out of a local minimum) and anneals toward eta_min, which it never quite reaches.
 */
public class CosineWarmRestarts implements LearningRateSchedule {

    private final double baseLr;
    private final int t0;
    private final int tMult;
    private final double etaMin;

    /**
     * @param baseLr the learning rate at each restart
     * @param t0     T_0, the length of the first cycle
     * @param tMult  T_mult, the growth factor of the cycle length
     * @param etaMin the floor
     */
    public CosineWarmRestarts(double baseLr, int t0, int tMult, double etaMin) {
        this.baseLr = baseLr;
        this.t0 = t0;
        this.tMult = tMult;
        this.etaMin = etaMin;
    }

    @Override
    public double lr(int t) {
        Steps.requireNonNegative(t);
        long start = 0; // the step at which the current cycle began
        long length = t0; // T_i
        if (tMult == 1) {
            start = t - t % t0;
        } else {
            while (t - start >= length) {
                start += length;
                length *= tMult;
            }
        }
        double tCur = t - start;
        return etaMin + (baseLr - etaMin) * (1 + Math.cos(Math.PI * tCur / length)) / 2;
    }
}
