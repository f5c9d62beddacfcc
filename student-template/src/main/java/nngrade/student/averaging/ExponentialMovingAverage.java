package nngrade.student.averaging;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.averaging.MovingAverage;

/**
 * avg.ema, the exponential moving average: S_1 = Y_1, S_t = a Y_t + (1 - a) S_{t-1}. Keep your own
 * copy of S: the caller may change the arrays it passes and receives.
 */
public class ExponentialMovingAverage implements MovingAverage {

    private final double a;

    /**
     * @param a the weight of the newest value, in [0, 1]; reject anything else with
     *          IllegalArgumentException (here or in the methods)
     */
    public ExponentialMovingAverage(double a) {
        this.a = a;
    }

    /**
     * @param y Y_t (not modified, not kept); a length other than the first update's:
     *          IllegalArgumentException
     * @return S_t, a new array
     */
    @Override
    public double[] update(double[] y) {
        throw new NotImplementedYet("avg.ema");
    }

    /** @return S_t, a new array; IllegalStateException before the first update */
    @Override
    public double[] value() {
        throw new NotImplementedYet("avg.ema");
    }
}
