package nngrade.reference.averaging;

import nngrade.problems.averaging.MovingAverage;

/**
 * avg.polyak, Polyak averaging (Polyak and Juditsky, 1992): the mean of every parameter snapshot
 * so far, S_t = (1/t) sum_{k=1..t} Y_k, kept as the running update
 * S_t = (1/t) Y_t + (1 - 1/t) S_{t-1}: the EMA step with the weight a = 1/t, which needs no
 * storage of the snapshots.
 */
public class PolyakAverage implements MovingAverage {

    private final RunningVector s = new RunningVector();
    private long t;

    /**
     * @param y Y_t (not modified, not kept)
     * @return S_t, a new array
     */
    @Override
    public double[] update(double[] y) {
        t++;
        if (s.isEmpty()) {
            s.start(y);
        } else {
            s.blend(y, 1.0 / t);
        }
        return s.value();
    }

    @Override
    public double[] value() {
        return s.value();
    }
}
