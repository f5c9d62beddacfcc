package nngrade.problems.regularization;

/**
 * What a train-mode dropout forward returns: its output and its mask. The mask goes back into
 * {@link Dropout#backward}, so the backward pass drops exactly the units the forward dropped.
 *
 * @param output y, a new array of the input's length
 * @param kept   the mask: kept[i] is true when unit i was kept, false when it was dropped
 */
public record DropoutResult(double[] output, boolean[] kept) {
}
