package nngrade.student.babysitting;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.babysitting.LearningRateDiagnosis;
import nngrade.problems.babysitting.LearningRateVerdict;
import nngrade.problems.babysitting.TwoLayerNet;
import nngrade.problems.babysitting.TwoLayerParameters;

/**
 * babysit.lr_diagnosis: a short trial run at a candidate learning rate, with the notes' early stop
 * ("if the cost is ever &gt; 3 * original cost, break out early"), and the reading of its loss curve.
 */
public class LossCurveDiagnosis implements LearningRateDiagnosis {

    /**
     * Vanilla full-batch SGD on all of x, recording the loss of every iterate: for k = 0, 1, ...
     *
     * <pre>
     *   (L_k, g_k) = net.loss(theta_k, x, y, reg);  record L_k
     *   stop if L_k is NaN or infinite, or L_k &gt; 3 L_0 (EXPLOSION_FACTOR)
     *   stop if k + 1 = maxIterations
     *   theta_{k+1} = theta_k - learningRate g_k
     * </pre>
     *
     * Beware: every comparison with NaN is false, so test for it explicitly (Double.isFinite).
     *
     * @return the recorded losses: maxIterations of them, fewer if the run broke out early
     */
    @Override
    public double[] train(TwoLayerNet net, TwoLayerParameters initial, double[][] x, int[] y, double reg,
            double learningRate, int maxIterations) {
        throw new NotImplementedYet("babysit.lr_diagnosis");
    }

    /**
     * In this order: TOO_HIGH if some loss is NaN or infinite, or above 3 L_0, or the last loss is
     * above (1 + tolerance) L_0; TOO_LOW if no loss is below (1 - tolerance) L_0; FINE otherwise.
     * Look at the whole curve: one that is flat for a while and then drops is FINE.
     *
     * @param losses    L_0, L_1, ... (do not modify)
     * @param tolerance the relative change that counts as no change, e.g. 0.01
     * @return the verdict
     */
    @Override
    public LearningRateVerdict diagnose(double[] losses, double tolerance) {
        throw new NotImplementedYet("babysit.lr_diagnosis");
    }
}
