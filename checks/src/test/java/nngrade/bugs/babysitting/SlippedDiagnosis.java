package nngrade.bugs.babysitting;

import nngrade.problems.babysitting.LearningRateVerdict;
import nngrade.problems.babysitting.TwoLayerNet;
import nngrade.problems.babysitting.TwoLayerParameters;
import nngrade.reference.babysitting.LossCurveDiagnosis;

/** The learning-rate diagnosis with one slip: the mistakes of babysit.lr_diagnosis. */
public final class SlippedDiagnosis extends LossCurveDiagnosis {

    /** The mistakes. */
    public enum Slip {
        /** The trial run records every loss but never breaks out. */
        EARLY_STOP_NEVER_FIRES,
        /** The trial run calls net.loss with reg = 0 whatever reg it was given. */
        REG_NOT_PASSED_ON,
        /** diagnose tests loss &gt; 3 L_0 only: every comparison with NaN is false, so NaN passes. */
        NAN_NOT_DETECTED,
        /** diagnose compares each loss with 3 times the previous one, not the initial one. */
        EXPLOSION_MEASURED_FROM_THE_PREVIOUS_LOSS,
        /** diagnose reads only the first 10 losses, so a plateau looks like a rate too low. */
        READS_ONLY_THE_FIRST_TEN_LOSSES,
        /** diagnose reads an end of exactly (1 + tolerance) L_0 as the cost up: &gt;= where the rule says &gt;. */
        END_AT_THE_BOUND_COUNTS_AS_UP
    }

    private final Slip slip;

    public SlippedDiagnosis(Slip slip) {
        this.slip = slip;
    }

    @Override
    public double[] train(TwoLayerNet net, TwoLayerParameters initial, double[][] x, int[] y, double reg,
            double learningRate, int maxIterations) {
        if (slip == Slip.REG_NOT_PASSED_ON) {
            return super.train(net, initial, x, y, 0, learningRate, maxIterations);
        }
        if (slip != Slip.EARLY_STOP_NEVER_FIRES) {
            return super.train(net, initial, x, y, reg, learningRate, maxIterations);
        }
        double[] losses = new double[maxIterations];
        TwoLayerParameters theta = initial;
        for (int k = 0; k < maxIterations; k++) {
            var lg = net.loss(theta, x, y, reg);
            losses[k] = lg.loss();
            theta = SlippedTrainer.step(theta, lg.gradients(), learningRate);
        }
        return losses;
    }

    @Override
    public LearningRateVerdict diagnose(double[] losses, double tolerance) {
        if (slip == Slip.EARLY_STOP_NEVER_FIRES || slip == Slip.REG_NOT_PASSED_ON) {
            return super.diagnose(losses, tolerance);
        }
        int n = slip == Slip.READS_ONLY_THE_FIRST_TEN_LOSSES ? Math.min(10, losses.length) : losses.length;
        double first = losses[0];
        double lowest = first;
        for (int k = 0; k < n; k++) {
            double limit = slip == Slip.EXPLOSION_MEASURED_FROM_THE_PREVIOUS_LOSS && k > 0 ? losses[k - 1] : first;
            boolean notANumber = slip != Slip.NAN_NOT_DETECTED && !Double.isFinite(losses[k]);
            if (notANumber || losses[k] > EXPLOSION_FACTOR * limit) {
                return LearningRateVerdict.TOO_HIGH;
            }
            lowest = Math.min(lowest, losses[k]);
        }
        double end = (1 + tolerance) * first;
        if (losses[n - 1] > end || slip == Slip.END_AT_THE_BOUND_COUNTS_AS_UP && losses[n - 1] == end) {
            return LearningRateVerdict.TOO_HIGH;
        }
        return lowest >= (1 - tolerance) * first ? LearningRateVerdict.TOO_LOW : LearningRateVerdict.FINE;
    }
}
