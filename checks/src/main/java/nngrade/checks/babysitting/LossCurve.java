package nngrade.checks.babysitting;

import nngrade.problems.babysitting.LearningRateDiagnosis;

/**
 * A loss curve in words, for the failure messages of the training checks (until the HTML report
 * draws it): its first, middle and last values and where the run stopped.
 */
final class LossCurve {

    private LossCurve() {
    }

    /**
     * @param losses  the curve, losses[k] the loss at iteration k (not modified; may be null)
     * @param planned how many iterations the run was asked for
     * @return e.g. "loss curve: first 1.0986 (iteration 0), middle 0.41 (iteration 250), last
     *     0.0123 (iteration 499); the run stopped at iteration 499 (500 iterations asked)"
     */
    static String describe(double[] losses, int planned) {
        if (losses == null || losses.length == 0) {
            return "loss curve: " + (losses == null ? "null" : "empty") + " (" + planned + " iterations asked)";
        }
        int last = losses.length - 1;
        int middle = last / 2;
        return "loss curve: first " + losses[0] + " (iteration 0), middle " + losses[middle] + " (iteration "
                + middle + "), last " + losses[last] + " (iteration " + last + "); the run stopped at iteration " + last
                + " (" + planned + " iterations asked)";
    }

    /**
     * "Essentially decreasing", the shape of a healthy training curve: never above the notes'
     * explosion threshold of 3 times the first value, each tenth of the curve ending below where it
     * began (a few upward steps inside a tenth are allowed: full-batch SGD at a healthy rate can
     * overshoot in its first steps), and the last value below {@value #FINAL_FRACTION} of the
     * first. Over 2000 seeds of the overfitting check the notes' network never came near
     * breaking it: its highest value was 1.2 times the first (in the third step of one run), no
     * tenth ended above 0.88 times where it began, and no last value was above 0.024 times the
     * first (see BabysittingSimulationTest).
     *
     * @param losses the curve, at least 10 values (not modified)
     * @return null if the curve is essentially decreasing, else what breaks the rule
     */
    static String whyNotDecreasing(double[] losses) {
        for (int k = 1; k < losses.length; k++) {
            if (!(losses[k] <= LearningRateDiagnosis.EXPLOSION_FACTOR * losses[0])) {
                return "the loss at iteration " + k + " is " + losses[k] + ", above 3 times the initial loss "
                        + losses[0];
            }
        }
        for (int j = 0; j < TENTHS; j++) {
            int from = j * losses.length / TENTHS;
            int to = (j + 1) * losses.length / TENTHS - 1;
            if (!(losses[to] < losses[from])) {
                return "the loss did not go down between iterations " + from + " and " + to + " (from " + losses[from]
                        + " to " + losses[to] + ")";
            }
        }
        double last = losses[losses.length - 1];
        return last <= FINAL_FRACTION * losses[0] ? null : "the last loss " + last + " is not below "
                + FINAL_FRACTION + " times the first " + losses[0];
    }

    /** The curve is cut into this many equal parts, each of which must end lower than it began. */
    static final int TENTHS = 10;
    /** The last loss must be below this fraction of the first. */
    static final double FINAL_FRACTION = 0.1;
}
