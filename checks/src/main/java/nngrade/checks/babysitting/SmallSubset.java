package nngrade.checks.babysitting;

import java.util.Random;
import nngrade.problems.babysitting.TwoLayerParameters;

/**
 * The setting of the overfitting sanity check and of the section's healthy runs: the spiral of
 * {@value #PER_CLASS} examples per class and {@value #CLASSES} classes, the notes' network of
 * {@value #HIDDEN} hidden units, and a starting point where the loss is ln C and the hidden units
 * are not dead: W1 ~ N(0, 2/D) (Kaiming's normal initialization for ReLU, fan_in = D = 2), W2 =
 * 0.01 randn (small, so every class starts equally likely), zero biases.
 */
final class SmallSubset {

    static final int PER_CLASS = 100;
    static final int CLASSES = 3;
    static final int INPUTS = 2;
    static final int HIDDEN = 50;
    /** The notes' "take the first 20 examples". */
    static final int EXAMPLES = 20;
    /**
     * The learning rate of the healthy runs. The notes' 1e-3 is for CIFAR-10's 3072 inputs; on the
     * 2-D spiral this network needs larger steps (CS231n's spiral case study takes 1.0), and at 0.5
     * full-batch SGD lowers the loss steadily: over 2000 seeds every tenth of a 1000-iteration run
     * on 20 examples ended at most 0.88 times where it began, and the ratio of updates to weights
     * stays near the notes' 1e-3 (see BabysittingSimulationTest).
     */
    static final double LEARNING_RATE = 0.5;

    private SmallSubset() {
    }

    /** @return the spiral the section's training checks use, drawn from {@code random} */
    static Examples spiral(Random random) {
        return Spiral.generate(PER_CLASS, CLASSES, random);
    }

    /** @return W1 ~ N(0, 2/D), W2 ~ N(0, 0.01^2), b = 0, drawn from {@code random} */
    static TwoLayerParameters start(Random random) {
        return Models.gaussian(INPUTS, HIDDEN, CLASSES, Math.sqrt(2.0 / INPUTS), 0.01, 0, random);
    }
}
