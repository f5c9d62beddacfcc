package nngrade.reference.babysitting;

import java.util.Arrays;
import nngrade.problems.babysitting.LearningRateDiagnosis;
import nngrade.problems.babysitting.LearningRateVerdict;
import nngrade.problems.babysitting.LossWithGradients;
import nngrade.problems.babysitting.TwoLayerNet;
import nngrade.problems.babysitting.TwoLayerParameters;

/**
 * babysit.lr_diagnosis: a trial run that breaks out once the cost exceeds 3x the original cost
 * (or is NaN), and the notes' reading of its loss curve.
 */
public class LossCurveDiagnosis implements LearningRateDiagnosis {

    @Override
    public double[] train(TwoLayerNet net, TwoLayerParameters initial, double[][] x, int[] y, double reg,
            double learningRate, int maxIterations) {
        double[] losses = new double[maxIterations];
        TwoLayerParameters theta = initial;
        for (int k = 0; k < maxIterations; k++) {
            LossWithGradients lg = net.loss(theta, x, y, reg);
            losses[k] = lg.loss();
            if (exploded(losses[k], losses[0])) {
                return Arrays.copyOf(losses, k + 1); // "break out early"
            }
            theta = SgdStep.apply(theta, lg.gradients(), learningRate);
        }
        return losses;
    }

    @Override
    public LearningRateVerdict diagnose(double[] losses, double tolerance) {
        double first = losses[0];
        double lowest = first;
        for (double loss : losses) {
            if (exploded(loss, first)) {
                return LearningRateVerdict.TOO_HIGH;
            }
            lowest = Math.min(lowest, loss);
        }
        if (losses[losses.length - 1] > (1 + tolerance) * first) {
            return LearningRateVerdict.TOO_HIGH; // the run ended with the cost up
        }
        return lowest >= (1 - tolerance) * first ? LearningRateVerdict.TOO_LOW : LearningRateVerdict.FINE;
    }

    /** NaN or infinite, or above 3 times the original cost (a NaN original cost explodes too). */
    private static boolean exploded(double loss, double first) {
        return !Double.isFinite(loss) || !Double.isFinite(first) || loss > EXPLOSION_FACTOR * first;
    }
}
