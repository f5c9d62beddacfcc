package nngrade.checks.babysitting;

import java.util.List;
import nngrade.checks.support.Expect;
import nngrade.problems.babysitting.LearningRateDiagnosis;
import nngrade.problems.babysitting.TwoLayerParameters;

/**
 * One call of a submission's trial run ({@link LearningRateDiagnosis#train}), watched: the curve
 * it returned and every call it made to the network it was handed.
 *
 * @param learningRate  the rate tried
 * @param maxIterations the most losses asked for
 * @param losses        the curve returned
 * @param calls         its calls of net.loss, in order
 */
record TrialRun(double learningRate, int maxIterations, double[] losses, List<RecordingNetwork.Call> calls) {

    /** Runs the trial on copies of data and start; fails if it modified them or returned null. */
    static TrialRun of(LearningRateDiagnosis diagnosis, Examples data, TwoLayerParameters start, double reg,
            double learningRate, int maxIterations) {
        RecordingNetwork net = new RecordingNetwork();
        Examples handed = data.copy();
        TwoLayerParameters initial = Parameters.copy(start);
        double[] losses = diagnosis.train(net, initial, handed.x(), handed.y(), reg, learningRate, maxIterations);
        Expect.notNull("train", losses);
        Calls.requireUnchanged("train", start, initial, data, handed);
        return new TrialRun(learningRate, maxIterations, losses, net.calls());
    }

    /** @return the losses the network returned, in the order the trial asked for them */
    double[] lossesReturned() {
        return calls.stream().mapToDouble(c -> c.result().loss()).toArray();
    }

    /** @return the curve in words, with the rate and the number of calls */
    String describe() {
        return "at learning rate " + learningRate + ", " + LossCurve.describe(losses, maxIterations)
                + "; net.loss was called " + calls.size() + " times";
    }
}
