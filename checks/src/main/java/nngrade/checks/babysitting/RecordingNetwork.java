package nngrade.checks.babysitting;

import java.util.ArrayList;
import java.util.List;
import nngrade.problems.babysitting.LossWithGradients;
import nngrade.problems.babysitting.TwoLayerNet;
import nngrade.problems.babysitting.TwoLayerParameters;

/**
 * The network a training loop is handed: the checks' {@link NotesNetwork} behind a wrapper that
 * records every call, so a check reads the trajectory the loop actually took (which parameters it
 * evaluated, on which examples, with which reg) and never trusts a curve or a count the submission
 * reports. Every call works on copies, so a loop that later overwrites its arrays cannot change
 * the record, and gets copies back, so it cannot change the record through them either. A loop
 * that ignores its iteration count is stopped after {@value #MAX_CALLS} calls with a failure that
 * says so, instead of running until the grader's time limit.
 */
final class RecordingNetwork implements TwoLayerNet {

    static final int MAX_CALLS = 100_000;

    /** One call of loss: what the loop passed and what it got back. */
    record Call(TwoLayerParameters model, double[][] x, int[] y, double reg, LossWithGradients result) {
    }

    private final NotesNetwork inner = new NotesNetwork();
    private final List<Call> calls = new ArrayList<>();
    private int scoresCalls;

    @Override
    public double[][] scores(TwoLayerParameters model, double[][] x) {
        guard(++scoresCalls, "scores");
        return inner.scores(Parameters.copy(model), Parameters.copy(x));
    }

    @Override
    public LossWithGradients loss(TwoLayerParameters model, double[][] x, int[] y, double reg) {
        guard(calls.size() + 1, "loss");
        Call c = new Call(Parameters.copy(model), Parameters.copy(x), y.clone(), reg, null);
        LossWithGradients r = inner.loss(c.model(), c.x(), c.y(), reg);
        calls.add(new Call(c.model(), c.x(), c.y(), reg, r));
        return new LossWithGradients(r.loss(), Parameters.copy(r.gradients()));
    }

    /** @return every call of loss so far, in order */
    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** @return the losses the network returned, in order */
    double[] lossesReturned() {
        return calls.stream().mapToDouble(c -> c.result().loss()).toArray();
    }

    private static void guard(int count, String method) {
        if (count > MAX_CALLS) {
            throw new AssertionError("net." + method + " was called more than " + MAX_CALLS
                    + " times: does the loop respect its number of iterations?");
        }
    }
}
