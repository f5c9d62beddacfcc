package nngrade.problems.losses;

/**
 * A scalar objective of a prediction and a target (loss.l2, loss.softmax_cross_entropy,
 * loss.binary_cross_entropy, loss.soft_iou). Every loss sums over elements (no averaging).
 */
public interface Loss {

    /**
     * @param prediction q, logits o, logits z, or soft mask X, depending on the loss; not modified
     * @param target     t or Y, same length; not modified
     * @return the loss value
     * @throws IllegalArgumentException if target's length differs from prediction's (gradient too)
     */
    double value(double[] prediction, double[] target);

    /** @return d(value)/d(prediction), same length as prediction; no argument modified */
    double[] gradient(double[] prediction, double[] target);
}
