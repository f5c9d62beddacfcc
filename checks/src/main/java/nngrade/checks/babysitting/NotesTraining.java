package nngrade.checks.babysitting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nngrade.problems.babysitting.LearningRateDiagnosis;
import nngrade.problems.babysitting.LossWithGradients;
import nngrade.problems.babysitting.TwoLayerParameters;

/**
 * The checks' own training runs of their own network: vanilla full-batch SGD with the notes'
 * early stop, written from the contract of {@link LearningRateDiagnosis#train}. They make the
 * real loss curves the diagnosis is read on, the healthy run whose update ratios are measured and
 * the scores of the random search's trials; no submission code runs in them.
 */
final class NotesTraining {

    /** The parameters at one iterate and the gradient there. */
    record Snapshot(int iteration, TwoLayerParameters weights, TwoLayerParameters gradient) {
    }

    private NotesTraining() {
    }

    /**
     * @return the losses L_0, L_1, ... of a run of at most maxIterations, stopped right after a
     *     loss that is not finite or exceeds 3 L_0
     */
    static double[] curve(Examples data, TwoLayerParameters start, double reg, double lr, int maxIterations) {
        NotesNetwork net = new NotesNetwork();
        double[] losses = new double[maxIterations];
        TwoLayerParameters theta = start;
        for (int k = 0; k < maxIterations; k++) {
            LossWithGradients lg = net.loss(theta, data.x(), data.y(), reg);
            losses[k] = lg.loss();
            if (!Double.isFinite(losses[k]) || losses[k] > LearningRateDiagnosis.EXPLOSION_FACTOR * losses[0]) {
                return Arrays.copyOf(losses, k + 1);
            }
            theta = step(theta, lg.gradients(), lr);
        }
        return losses;
    }

    /** @return the weights and gradients of a run at the iterations asked for, in increasing order */
    static List<Snapshot> snapshots(Examples data, TwoLayerParameters start, double reg, double lr, int[] at) {
        NotesNetwork net = new NotesNetwork();
        List<Snapshot> snapshots = new ArrayList<>();
        TwoLayerParameters theta = start;
        int next = 0;
        for (int k = 0; next < at.length; k++) {
            LossWithGradients lg = net.loss(theta, data.x(), data.y(), reg);
            if (k == at[next]) {
                snapshots.add(new Snapshot(k, theta, lg.gradients()));
                next++;
            }
            theta = step(theta, lg.gradients(), lr);
        }
        return snapshots;
    }

    /** @return theta - lr g, in new arrays */
    static TwoLayerParameters step(TwoLayerParameters theta, TwoLayerParameters g, double lr) {
        double[] v = Parameters.flatten(theta);
        double[] d = Parameters.flatten(g);
        for (int i = 0; i < v.length; i++) {
            v[i] -= lr * d[i];
        }
        return Parameters.unflatten(v, theta);
    }
}
