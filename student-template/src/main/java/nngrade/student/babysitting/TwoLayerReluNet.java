package nngrade.student.babysitting;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.babysitting.LossWithGradients;
import nngrade.problems.babysitting.TwoLayerNet;
import nngrade.problems.babysitting.TwoLayerParameters;

/**
 * babysit.initial_loss: the notes' two-layer classifier, X -&gt; affine -&gt; ReLU -&gt; affine -&gt;
 * softmax cross-entropy, with L2 regularization of the weights. With small weights and reg = 0
 * its loss must come out near ln C (2.30 for 10 classes, 1.10 for 3): the first sanity check of
 * the notes' "babysitting" slides.
 *
 * <p>Shapes: x is N by D, W1 is H by D, b1 has H entries, W2 is C by H, b2 has C (row j of a
 * weight matrix holds the weights into unit j, as in layer.affine).
 */
public class TwoLayerReluNet implements TwoLayerNet {

    /**
     * The forward pass: for every example x_i (row i of x),
     *
     * <pre>
     *   z_i = W1 x_i + b1,   h_i = max(0, z_i),   s_i = W2 h_i + b2.
     * </pre>
     *
     * @param model the parameters (do not modify)
     * @param x     N examples (do not modify)
     * @return a new N by C matrix whose row i is s_i
     */
    @Override
    public double[][] scores(TwoLayerParameters model, double[][] x) {
        throw new NotImplementedYet("babysit.initial_loss");
    }

    /**
     * The loss and the gradient of every parameter:
     *
     * <pre>
     *   L = (1/N) sum_i [ log sum_k exp(s_ik) - s_{i,y_i} ]  +  reg (||W1||^2 + ||W2||^2)
     * </pre>
     *
     * (||W||^2 the sum of the squares of the weights; the biases are not regularized). Subtract the
     * largest score of a row before exponentiating, so that scores of 1000 give a finite loss.
     * Backward, with p_i = softmax(s_i) and e_{y_i} the one-hot label:
     *
     * <pre>
     *   dS_i = (p_i - e_{y_i}) / N
     *   dW2  = sum_i dS_i h_i^T + 2 reg W2,   db2 = sum_i dS_i
     *   dZ_i = (W2^T dS_i) * [z_i &gt; 0]     (the ReLU passes gradient only where it is on)
     *   dW1  = sum_i dZ_i x_i^T + 2 reg W1,   db1 = sum_i dZ_i
     * </pre>
     *
     * @param model the parameters (do not modify)
     * @param x     N examples (do not modify)
     * @param y     their labels in [0, C) (do not modify)
     * @param reg   the regularization strength, &gt;= 0
     * @return L and the four gradients, in new arrays shaped like the parameters
     */
    @Override
    public LossWithGradients loss(TwoLayerParameters model, double[][] x, int[] y, double reg) {
        throw new NotImplementedYet("babysit.initial_loss");
    }
}
