package nngrade.student.babysitting;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.babysitting.Trainer;
import nngrade.problems.babysitting.TrainingRun;
import nngrade.problems.babysitting.TwoLayerNet;
import nngrade.problems.babysitting.TwoLayerParameters;

/**
 * babysit.overfit_small: "make sure that you can overfit very small portion of the training data":
 * the first 20 examples, regularization off, vanilla SGD, until the training accuracy is 1.00.
 */
public class SmallSubsetTrainer implements Trainer {

    /**
     * Train the network you are given (not your own): from theta_0 = initial, for k = 0 ..
     * iterations - 1,
     *
     * <pre>
     *   (L_k, g_k) = net.loss(theta_k, first `examples` rows of x, their labels, reg = 0.0)
     *   losses[k] = L_k
     *   theta_{k+1} = theta_k - learningRate g_k        (W1, b1, W2 and b2, in new arrays)
     * </pre>
     *
     * Call net.loss exactly once per iteration and nowhere else. At the end measure the training
     * accuracy of theta_iterations on the same first examples: net.scores gives the scores, the
     * prediction is the class with the largest score (the first one on a tie).
     *
     * @param net          the network to train
     * @param initial      theta_0 (do not modify)
     * @param x            the training set (do not modify); only its first `examples` rows are used
     * @param y            its labels (do not modify)
     * @param examples     how many of the first examples to train on, e.g. 20
     * @param learningRate the step size
     * @param iterations   the number of updates
     * @return the loss curve, theta_iterations and its training accuracy
     */
    @Override
    public TrainingRun overfit(TwoLayerNet net, TwoLayerParameters initial, double[][] x, int[] y, int examples,
            double learningRate, int iterations) {
        throw new NotImplementedYet("babysit.overfit_small");
    }
}
