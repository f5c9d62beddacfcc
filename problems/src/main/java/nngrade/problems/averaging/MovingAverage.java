package nngrade.problems.averaging;

/**
 * A running average of a sequence of vectors Y_1, Y_2, ... fed one at a time (e.g. parameter
 * snapshots during training, used at test time instead of the last one). Two problems:
 * <ul>
 *   <li>avg.ema, the exponential moving average with weight a in [0, 1]:
 *       S_1 = Y_1, S_t = a Y_t + (1 - a) S_{t-1};</li>
 *   <li>avg.polyak, Polyak averaging: S_t = (1/t) sum_{k=1..t} Y_k, the mean of every snapshot so
 *       far (computed as a running update, without storing the snapshots).</li>
 * </ul>
 *
 * <p>The average keeps its own copy: the caller may change the arrays it passed or received
 * afterwards (an optimizer updates its parameter vector in place) without changing the average.
 *
 * <p>Degenerate input: {@link #value()} before the first update throws IllegalStateException; an
 * update whose length differs from the first one's throws IllegalArgumentException; an ema
 * factory given a outside [0, 1] (or NaN) throws IllegalArgumentException, when it is called or at
 * the latest on the first call of a method.
 */
public interface MovingAverage {

    /**
     * Feeds the next vector Y_t.
     *
     * @param y Y_t (not modified, not kept)
     * @return S_t, a new array
     */
    double[] update(double[] y);

    /** @return S_t after the last update, a new array */
    double[] value();
}
