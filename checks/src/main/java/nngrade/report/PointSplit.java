package nngrade.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A problem's points split over its checks in proportion to their weights, in whole units of
 * 1/{@value #UNITS_PER_POINT} point, so that the shares add up to the problem's points exactly:
 * each check gets the floor of its exact share, and the units left over go one each to the checks
 * with the largest remainders (the largest-remainder method; ties to the earlier check). An LMS
 * that sums the per-check scores of the results JSON then gets exactly the total.
 */
public final class PointSplit {

    /** Decimals of a point that results show. */
    public static final int DECIMALS = 4;
    /** Units per point: 10^DECIMALS. */
    public static final int UNITS_PER_POINT = 10_000;

    private PointSplit() {
    }

    /**
     * @param points  the problem's points
     * @param weights each check's weight, all >= 0 with a positive sum; not modified
     * @return each check's share in units; they sum to points * UNITS_PER_POINT
     */
    public static long[] units(int points, int[] weights) {
        long total = (long) points * UNITS_PER_POINT;
        long weightSum = Arrays.stream(weights).asLongStream().sum();
        if (weightSum <= 0) {
            throw new IllegalArgumentException("the weights of a problem's checks must have a positive sum");
        }
        long[] shares = new long[weights.length];
        long[] remainders = new long[weights.length];
        long left = total;
        for (int i = 0; i < weights.length; i++) {
            shares[i] = total * weights[i] / weightSum; // exact share total w_i / W, rounded down
            remainders[i] = total * weights[i] % weightSum;
            left -= shares[i];
        }
        int[] byRemainder = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> -remainders[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < left; k++) {
            shares[byRemainder[k]]++;
        }
        return shares;
    }

    /** @return units as points: the nearest double to the decimal with four places */
    public static double points(long units) {
        return units / (double) UNITS_PER_POINT;
    }
}
