package nngrade.student.averaging;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.averaging.MovingAverage;

/**
 * avg.polyak, Polyak averaging: S_t = (1/t) sum_{k=1..t} Y_k, the mean of every snapshot so far,
 * kept as a running update without storing the snapshots. Keep your own copy of S: the caller
 * may change the arrays it passes (its parameters, updated in place) and receives.
 */
public class PolyakAverage implements MovingAverage {

    /**
     * @param y Y_t (not modified, not kept); a length other than the first update's:
     *          IllegalArgumentException
     * @return S_t, a new array
     */
    @Override
    public double[] update(double[] y) {
        throw new NotImplementedYet("avg.polyak");
    }

    /** @return S_t, a new array; IllegalStateException before the first update */
    @Override
    public double[] value() {
        throw new NotImplementedYet("avg.polyak");
    }
}
