package nngrade.reference.babysitting;

import java.util.Arrays;
import nngrade.problems.babysitting.LossWithGradients;
import nngrade.problems.babysitting.Trainer;
import nngrade.problems.babysitting.TrainingRun;
import nngrade.problems.babysitting.TwoLayerNet;
import nngrade.problems.babysitting.TwoLayerParameters;

/**
 * babysit.overfit_small: the notes' sanity check, vanilla full-batch SGD with reg = 0 on the first
 * examples of the training set, theta_{k+1} = theta_k - lr grad L(theta_k).
 */
public class SmallSubsetTrainer implements Trainer {

    @Override
    public TrainingRun overfit(TwoLayerNet net, TwoLayerParameters initial, double[][] x, int[] y, int examples,
            double learningRate, int iterations) {
        double[][] xs = Arrays.copyOf(x, examples); // the first rows, shared read-only with the caller
        int[] ys = Arrays.copyOf(y, examples);
        double[] losses = new double[iterations];
        TwoLayerParameters theta = initial;
        for (int k = 0; k < iterations; k++) {
            LossWithGradients lg = net.loss(theta, xs, ys, 0.0);
            losses[k] = lg.loss();
            theta = SgdStep.apply(theta, lg.gradients(), learningRate);
        }
        return new TrainingRun(losses, theta, Accuracy.of(net.scores(theta, xs), ys));
    }
}
