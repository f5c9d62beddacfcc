package nngrade.checks.babysitting;

import java.util.Arrays;
import nngrade.checks.support.Expect;
import nngrade.problems.babysitting.LossWithGradients;
import nngrade.problems.babysitting.TwoLayerNet;
import nngrade.problems.babysitting.TwoLayerParameters;

/**
 * Calls into a submission's network with copies of the checks' arrays, failing if the submission
 * returned null or modified what it was given (the contract forbids both).
 */
final class Calls {

    private Calls() {
    }

    /** @return net.loss on copies of model and data */
    static LossWithGradients loss(TwoLayerNet net, TwoLayerParameters model, Examples data, double reg) {
        TwoLayerParameters m = Parameters.copy(model);
        Examples d = data.copy();
        LossWithGradients r = net.loss(m, d.x(), d.y(), reg);
        Expect.notNull("loss", r);
        requireUnchanged("loss", model, m, data, d);
        return r;
    }

    /** @return net.scores on copies of model and data */
    static double[][] scores(TwoLayerNet net, TwoLayerParameters model, Examples data) {
        TwoLayerParameters m = Parameters.copy(model);
        Examples d = data.copy();
        double[][] s = net.scores(m, d.x());
        Expect.notNull("scores", s);
        requireUnchanged("scores", model, m, data, d);
        return s;
    }

    /** Fails unless the copies handed to a submission still equal the originals. */
    static void requireUnchanged(String call, TwoLayerParameters model, TwoLayerParameters handed, Examples data,
            Examples handedData) {
        Expect.unchanged("W1 (in " + call + ")", model.w1(), handed.w1());
        Expect.unchanged("b1 (in " + call + ")", model.b1(), handed.b1());
        Expect.unchanged("W2 (in " + call + ")", model.w2(), handed.w2());
        Expect.unchanged("b2 (in " + call + ")", model.b2(), handed.b2());
        Expect.unchanged("x (in " + call + ")", data.x(), handedData.x());
        Expect.that(Arrays.equals(data.y(), handedData.y()), () -> "the implementation modified its input y (in " + call
                + ")");
    }
}
