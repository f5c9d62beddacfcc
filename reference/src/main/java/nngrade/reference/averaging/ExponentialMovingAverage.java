package nngrade.reference.averaging;

import nngrade.problems.averaging.MovingAverage;

/**
 * avg.ema, the exponential moving average of the notes: S_1 = Y_1, S_t = a Y_t + (1 - a) S_{t-1}.
 * Unrolled, S_t = a [Y_t + (1-a) Y_{t-1} + ... + (1-a)^(t-2) Y_2] + (1-a)^(t-1) Y_1: a weighted
 * sum whose weights add up to 1.
 */
public class ExponentialMovingAverage implements MovingAverage {

    private final double a;
    private final RunningVector s = new RunningVector();

    /**
     * @param a the weight of the newest value, in [0, 1]
     * @throws IllegalArgumentException otherwise
     */
    public ExponentialMovingAverage(double a) {
        if (!(a >= 0 && a <= 1)) {
            throw new IllegalArgumentException("a must lie in [0, 1], got " + a);
        }
        this.a = a;
    }

    /**
     * @param y Y_t (not modified, not kept)
     * @return S_t, a new array
     */
    @Override
    public double[] update(double[] y) {
        if (s.isEmpty()) {
            s.start(y); // S_1 = Y_1
        } else {
            s.blend(y, a); // S_t = a Y_t + (1 - a) S_{t-1}
        }
        return s.value();
    }

    @Override
    public double[] value() {
        return s.value();
    }
}
