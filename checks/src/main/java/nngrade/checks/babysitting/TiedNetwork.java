package nngrade.checks.babysitting;

import nngrade.problems.babysitting.LossWithGradients;
import nngrade.problems.babysitting.TwoLayerNet;
import nngrade.problems.babysitting.TwoLayerParameters;

/**
 * A network that scores every class 0 for every example and hands back the loss ln C with zero
 * gradients: a training loop stays at its start, and every example's scores tie. The accuracy a
 * trainer reports for it is then decided by its rule for ties alone: the contract's first largest
 * score is class 0.
 */
final class TiedNetwork implements TwoLayerNet {

    @Override
    public double[][] scores(TwoLayerParameters model, double[][] x) {
        return new double[x.length][model.b2().length];
    }

    @Override
    public LossWithGradients loss(TwoLayerParameters model, double[][] x, int[] y, double reg) {
        return new LossWithGradients(Math.log(model.b2().length), zerosLike(model));
    }

    /** @return parameters of the shapes of m, every entry 0 */
    static TwoLayerParameters zerosLike(TwoLayerParameters m) {
        return new TwoLayerParameters(new double[m.w1().length][m.w1()[0].length], new double[m.b1().length],
                new double[m.w2().length][m.w2()[0].length], new double[m.b2().length]);
    }
}
