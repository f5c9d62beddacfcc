package nngrade.bugs.babysitting;

import java.util.Arrays;
import nngrade.problems.babysitting.LossWithGradients;
import nngrade.problems.babysitting.Trainer;
import nngrade.problems.babysitting.TrainingRun;
import nngrade.problems.babysitting.TwoLayerNet;
import nngrade.problems.babysitting.TwoLayerParameters;

/** The small-subset training loop with one slip: the mistakes of babysit.overfit_small. */
public final class SlippedTrainer implements Trainer {

    /** The mistakes. */
    public enum Slip {
        /** The training accuracy measured on every example of x, not on the ones trained on. */
        ACCURACY_ON_THE_WHOLE_SET,
        /** x[N - examples ..], the last examples, instead of the first. */
        TRAINS_ON_THE_LAST_EXAMPLES,
        /** reg = 1e-3 left on, the usual value, where the notes turn it off. */
        LEAVES_REGULARIZATION_ON,
        /** theta += lr g: gradient ascent. */
        CLIMBS_THE_GRADIENT,
        /** Among equal scores the last class is taken as the prediction ({@code >=} in the argmax). */
        TIES_GO_TO_THE_LAST_CLASS
    }

    private final Slip slip;

    public SlippedTrainer(Slip slip) {
        this.slip = slip;
    }

    @Override
    public TrainingRun overfit(TwoLayerNet net, TwoLayerParameters initial, double[][] x, int[] y, int examples,
            double learningRate, int iterations) {
        int from = slip == Slip.TRAINS_ON_THE_LAST_EXAMPLES ? x.length - examples : 0;
        double[][] xs = Arrays.copyOfRange(x, from, from + examples);
        int[] ys = Arrays.copyOfRange(y, from, from + examples);
        double reg = slip == Slip.LEAVES_REGULARIZATION_ON ? 1e-3 : 0;
        double sign = slip == Slip.CLIMBS_THE_GRADIENT ? -1 : 1;
        double[] losses = new double[iterations];
        TwoLayerParameters theta = initial;
        for (int k = 0; k < iterations; k++) {
            LossWithGradients lg = net.loss(theta, xs, ys, reg);
            losses[k] = lg.loss();
            theta = step(theta, lg.gradients(), sign * learningRate);
        }
        boolean whole = slip == Slip.ACCURACY_ON_THE_WHOLE_SET;
        return new TrainingRun(losses, theta, accuracy(net.scores(theta, whole ? x : xs), whole ? y : ys,
                slip == Slip.TIES_GO_TO_THE_LAST_CLASS));
    }

    static TwoLayerParameters step(TwoLayerParameters t, TwoLayerParameters g, double lr) {
        return new TwoLayerParameters(step(t.w1(), g.w1(), lr), step(t.b1(), g.b1(), lr), step(t.w2(), g.w2(), lr),
                step(t.b2(), g.b2(), lr));
    }

    private static double[][] step(double[][] w, double[][] g, double lr) {
        double[][] r = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            r[i] = step(w[i], g[i], lr);
        }
        return r;
    }

    private static double[] step(double[] w, double[] g, double lr) {
        double[] r = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            r[j] = w[j] - lr * g[j];
        }
        return r;
    }

    private static double accuracy(double[][] scores, int[] y, boolean lastOfTies) {
        int correct = 0;
        for (int i = 0; i < scores.length; i++) {
            int best = 0;
            for (int k = 1; k < scores[i].length; k++) {
                boolean higher = scores[i][k] > scores[i][best] || lastOfTies && scores[i][k] == scores[i][best];
                best = higher ? k : best;
            }
            correct += best == y[i] ? 1 : 0;
        }
        return (double) correct / scores.length;
    }
}
