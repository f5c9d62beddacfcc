package nngrade.problems.babysitting;

/**
 * babysit.initial_loss: the classifier the notes babysit, "one hidden layer of 50 neurons" with
 * ReLU, a softmax cross-entropy loss and L2 regularization, with its loss and the gradient of
 * every parameter. The sanity check of the notes' first training slide: with small random
 * weights and regularization off the scores are all near 0, the softmax is near uniform and the
 * loss is near ln C ("loss ~2.3, correct for 10 classes"); cranking regularization up raises it.
 *
 * <p>For examples x_i (the rows of X, N by D) with labels y_i in [0, C):
 *
 * <pre>
 *   z_i = W1 x_i + b1                          (H pre-activations)
 *   h_i = max(0, z_i)                          (ReLU, elementwise)
 *   s_i = W2 h_i + b2                          (C class scores)
 *   L   = (1/N) sum_i [ log sum_k exp(s_ik) - s_{i,y_i} ]  +  reg (||W1||^2 + ||W2||^2)
 * </pre>
 *
 * where ||W||^2 is the sum of the squares of every weight (the biases are not regularized). The
 * data loss is the mean over the N examples of the cross-entropy of softmax(s_i) against the
 * one-hot label: compute log sum_k exp(s_ik) with the largest score subtracted first, so that
 * scores of +-1000 give a finite loss. The gradients, with p_i = softmax(s_i) and e_{y_i} the
 * one-hot label:
 *
 * <pre>
 *   dS_i  = (p_i - e_{y_i}) / N
 *   dW2   = sum_i dS_i h_i^T + 2 reg W2        db2 = sum_i dS_i
 *   dZ_i  = (W2^T dS_i) * [z_i &gt; 0]         (elementwise; at z = 0 any factor in [0, 1] is right)
 *   dW1   = sum_i dZ_i x_i^T + 2 reg W1        db1 = sum_i dZ_i
 * </pre>
 *
 * <p>Inputs are never modified: X, y and the parameters stay as given, and every array returned is
 * new. The network keeps no state between calls. Every call gets consistent shapes: X with N &gt;= 1
 * rows of D values, y with N labels in [0, C), parameters as {@link TwoLayerParameters} lays out.
 */
public interface TwoLayerNet {

    /**
     * The forward pass: the class scores of every example.
     *
     * @param model the parameters (not modified)
     * @param x     N examples of D inputs (not modified)
     * @return a new N by C matrix, row i the scores s_i = W2 max(0, W1 x_i + b1) + b2
     */
    double[][] scores(TwoLayerParameters model, double[][] x);

    /**
     * The loss and the gradient of every parameter.
     *
     * @param model the parameters (not modified)
     * @param x     N examples of D inputs (not modified)
     * @param y     the N labels, each in [0, C) (not modified)
     * @param reg   the regularization strength, &gt;= 0 (0 turns regularization off)
     * @return L = (1/N) sum_i [log sum_k exp(s_ik) - s_{i,y_i}] + reg (||W1||^2 + ||W2||^2) and its
     *     gradients, in new arrays
     */
    LossWithGradients loss(TwoLayerParameters model, double[][] x, int[] y, double reg);
}
