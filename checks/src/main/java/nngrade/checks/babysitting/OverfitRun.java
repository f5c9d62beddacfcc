package nngrade.checks.babysitting;

import java.util.List;
import nngrade.checks.support.Expect;
import nngrade.problems.babysitting.Trainer;
import nngrade.problems.babysitting.TrainingRun;
import nngrade.problems.babysitting.TwoLayerParameters;

/**
 * One call of a submission's small-subset trainer, watched: what it returned, and every call it
 * made to the network it was handed.
 *
 * @param data       the whole training set handed to the trainer
 * @param initial    the starting parameters
 * @param iterations the iterations asked for
 * @param result     what the trainer returned
 * @param calls      its calls of net.loss, in order
 */
record OverfitRun(Examples data, TwoLayerParameters initial, int iterations, TrainingRun result,
        List<RecordingNetwork.Call> calls) {

    /**
     * Runs the trainer on copies of data and initial, with reg-free vanilla SGD at the section's
     * learning rate on the first {@link SmallSubset#EXAMPLES} examples; fails if it modified them
     * or returned null.
     */
    static OverfitRun of(Trainer trainer, Examples data, TwoLayerParameters initial, int iterations) {
        RecordingNetwork net = new RecordingNetwork();
        Examples handed = data.copy();
        TwoLayerParameters start = Parameters.copy(initial);
        TrainingRun result = trainer.overfit(net, start, handed.x(), handed.y(), SmallSubset.EXAMPLES,
                SmallSubset.LEARNING_RATE, iterations);
        Expect.notNull("overfit", result);
        Calls.requireUnchanged("overfit", initial, start, data, handed);
        return new OverfitRun(data, initial, iterations, result, net.calls());
    }

    /** @return the examples the trainer must train on */
    Examples subset() {
        return data.first(SmallSubset.EXAMPLES);
    }

    /** @return the returned parameters, after checking their shapes */
    TwoLayerParameters model() {
        Parameters.requireShape("the parameters overfit returned", initial, result.model());
        return result.model();
    }

    /** @return the loss curve in words, and how many times the trainer called net.loss */
    String describe() {
        return LossCurve.describe(result.losses(), iterations) + "; net.loss was called " + calls.size() + " times";
    }
}
