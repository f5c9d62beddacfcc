package nngrade.reference.schedules;

/** The argument check every schedule shares: steps count from 0. */
final class Steps {

    private Steps() {
    }

    /**
     * @param t a step
     * @throws IllegalArgumentException if t &lt; 0
     */
    static void requireNonNegative(int t) {
        if (t < 0) {
            throw new IllegalArgumentException("steps count from 0, got t = " + t);
        }
    }
}
