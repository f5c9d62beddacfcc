package nngrade.checks.babysitting;

import nngrade.problems.babysitting.LearningRateDiagnosis;
import nngrade.problems.babysitting.LearningRateVerdict;

/**
 * The reading of a loss curve that {@link LearningRateDiagnosis#diagnose} specifies, as the checks
 * compute it: the expected verdict of every curve they hand a submission.
 */
final class NotesRule {

    private NotesRule() {
    }

    /** @return TOO_HIGH, TOO_LOW or FINE by the contract's three rules, in their order */
    static LearningRateVerdict verdict(double[] losses, double tolerance) {
        double first = losses[0];
        boolean wentDown = false;
        for (double loss : losses) {
            if (Double.isNaN(loss) || Double.isInfinite(loss) || loss > LearningRateDiagnosis.EXPLOSION_FACTOR * first) {
                return LearningRateVerdict.TOO_HIGH;
            }
            wentDown |= loss < (1 - tolerance) * first;
        }
        if (losses[losses.length - 1] > (1 + tolerance) * first) {
            return LearningRateVerdict.TOO_HIGH;
        }
        return wentDown ? LearningRateVerdict.FINE : LearningRateVerdict.TOO_LOW;
    }

    /** @return why the rules give this verdict, for a failure message */
    static String why(double[] losses, double tolerance) {
        double first = losses[0];
        for (int k = 0; k < losses.length; k++) {
            if (!Double.isFinite(losses[k])) {
                return "L_" + k + " = " + losses[k] + " is not a number you can train with";
            }
            if (losses[k] > LearningRateDiagnosis.EXPLOSION_FACTOR * first) {
                return "L_" + k + " = " + losses[k] + " exceeds 3 L_0 = " + 3 * first;
            }
        }
        double last = losses[losses.length - 1];
        if (last > (1 + tolerance) * first) {
            return "the last loss " + last + " is above (1 + " + tolerance + ") L_0 = " + (1 + tolerance) * first;
        }
        double lowest = first;
        for (double loss : losses) {
            lowest = Math.min(lowest, loss);
        }
        return lowest < (1 - tolerance) * first ? "the loss went down to " + lowest + ", below (1 - " + tolerance
                + ") L_0 = " + (1 - tolerance) * first : "the lowest loss " + lowest + " is not below (1 - "
                + tolerance + ") L_0 = " + (1 - tolerance) * first + ": it barely changed";
    }
}
