package nngrade.problems;

import nngrade.problems.activations.Activation;
import nngrade.problems.activations.GatedUnit;
import nngrade.problems.activations.Maxout;
import nngrade.problems.activations.ParametricActivation;
import nngrade.problems.augmentation.ImageTransform;
import nngrade.problems.augmentation.RandomImageTransform;
import nngrade.problems.averaging.MovingAverage;
import nngrade.problems.backprop.Affine;
import nngrade.problems.backprop.BinaryGate;
import nngrade.problems.backprop.ComputationalGraph;
import nngrade.problems.backprop.DifferentiableFunction;
import nngrade.problems.backprop.MatVec;
import nngrade.problems.backprop.UnaryGate;
import nngrade.problems.backprop.VectorFunction;
import nngrade.problems.losses.Loss;
import nngrade.problems.losses.Regularizer;
import nngrade.problems.normalization.BatchNorm;
import nngrade.problems.normalization.LayerNorm;
import nngrade.problems.preprocessing.Centering;
import nngrade.problems.preprocessing.Pca;
import nngrade.problems.preprocessing.Whitening;
import nngrade.problems.regularization.Dropout;

/**
 * The one door through which the grader reaches a submission: one method per problem of the
 * catalogue, named after its id, taking the problem's hyperparameters explicitly.
 *
 * <p>A submission is found by its class name {@value #SUBMISSION_CLASS} (the student template's
 * factory). Every method has a default that throws {@link NotImplementedYet}, so a submission
 * scores 0 on a problem it has not done, without noise, and still compiles when the assignment
 * grows. Each call must return a fresh, independent object.
 */
public interface Solutions {

    /** The class name under which the grader looks for a student's submission. */
    String SUBMISSION_CLASS = "nngrade.student.StudentSolutions";

    // ---- A. Backprop: gates ----

    /** gate.add: z = x + y. */
    default BinaryGate addGate() {
        throw new NotImplementedYet("gate.add");
    }

    /** gate.mul: z = x * y. */
    default BinaryGate mulGate() {
        throw new NotImplementedYet("gate.mul");
    }

    /** gate.max: z = max(x, y). */
    default BinaryGate maxGate() {
        throw new NotImplementedYet("gate.max");
    }

    /** gate.exp: z = e^x. */
    default UnaryGate expGate() {
        throw new NotImplementedYet("gate.exp");
    }

    /** gate.inv: z = 1/x. */
    default UnaryGate invGate() {
        throw new NotImplementedYet("gate.inv");
    }

    /** gate.scale: z = c x. */
    default UnaryGate scaleGate(double c) {
        throw new NotImplementedYet("gate.scale");
    }

    /** gate.offset: z = x + c. */
    default UnaryGate offsetGate(double c) {
        throw new NotImplementedYet("gate.offset");
    }

    /** gate.sigmoid: z = 1/(1 + e^-x). */
    default UnaryGate sigmoidGate() {
        throw new NotImplementedYet("gate.sigmoid");
    }

    // ---- A. Backprop: graphs and worked examples ----

    /** graph.forward_backward: forward in topological order, backward in reverse. */
    default ComputationalGraph graph() {
        throw new NotImplementedYet("graph.forward_backward");
    }

    /** graph.example_simple: f(x, y, z) = (x + y) z on v = (x, y, z). */
    default DifferentiableFunction simpleExample() {
        throw new NotImplementedYet("graph.example_simple");
    }

    /**
     * graph.example_sigmoid: f = 1/(1 + exp(-(w0 x0 + w1 x1 + w2))) on v = (w0, w1, w2, x0, x1).
     */
    default DifferentiableFunction sigmoidExample() {
        throw new NotImplementedYet("graph.example_sigmoid");
    }

    // ---- A. Backprop: vector ops, losses, regularizers, layers ----

    /** op.matvec: q = W x. */
    default MatVec matVec() {
        throw new NotImplementedYet("op.matvec");
    }

    /** loss.l2: L = ||q - t||^2. */
    default Loss l2Loss() {
        throw new NotImplementedYet("loss.l2");
    }

    /** op.softmax: s_l = exp(o_l) / sum_k exp(o_k). */
    default VectorFunction softmax() {
        throw new NotImplementedYet("op.softmax");
    }

    /** loss.softmax_cross_entropy: L = -sum_l t_l log s_l(o), on logits o. */
    default Loss softmaxCrossEntropy() {
        throw new NotImplementedYet("loss.softmax_cross_entropy");
    }

    /**
     * loss.binary_cross_entropy on logits z with targets y in [0, 1]:
     * L = -sum_i [y_i log sigma(z_i) + (1 - y_i) log(1 - sigma(z_i))].
     */
    default Loss binaryCrossEntropy() {
        throw new NotImplementedYet("loss.binary_cross_entropy");
    }

    /** loss.soft_iou: IoU(X) = I/U, I = sum X_v Y_v, U = sum (X_v + Y_v - X_v Y_v). */
    default Loss softIou() {
        throw new NotImplementedYet("loss.soft_iou");
    }

    /** reg.l2: R(w) = lambda ||w||^2. */
    default Regularizer l2Regularizer(double lambda) {
        throw new NotImplementedYet("reg.l2");
    }

    /** reg.l1: R(w) = lambda ||w||_1. */
    default Regularizer l1Regularizer(double lambda) {
        throw new NotImplementedYet("reg.l1");
    }

    /** layer.affine: Y = X W^T + b. */
    default Affine affine() {
        throw new NotImplementedYet("layer.affine");
    }

    // ---- B. Activations ----

    /** act.step: 1 if x >= 0 else 0. */
    default Activation step() {
        throw new NotImplementedYet("act.step");
    }

    /** act.sigmoid: 1/(1 + e^-x). */
    default Activation sigmoid() {
        throw new NotImplementedYet("act.sigmoid");
    }

    /** act.tanh. */
    default Activation tanh() {
        throw new NotImplementedYet("act.tanh");
    }

    /** act.relu: max(x, 0). */
    default Activation relu() {
        throw new NotImplementedYet("act.relu");
    }

    /**
     * act.softplus: (1/beta) log(1 + exp(beta x)), and x itself where beta x > threshold
     * (torch.nn.Softplus).
     */
    default Activation softplus(double beta, double threshold) {
        throw new NotImplementedYet("act.softplus");
    }

    /** act.leaky_relu: x if x >= 0 else negativeSlope * x. */
    default Activation leakyRelu(double negativeSlope) {
        throw new NotImplementedYet("act.leaky_relu");
    }

    /** act.prelu: x if x >= 0 else alpha x, with alpha learnable. */
    default ParametricActivation prelu() {
        throw new NotImplementedYet("act.prelu");
    }

    /** act.maxout: max(w1.x + b1, w2.x + b2). */
    default Maxout maxout() {
        throw new NotImplementedYet("act.maxout");
    }

    /** act.elu: x if x > 0 else alpha (e^x - 1). */
    default Activation elu(double alpha) {
        throw new NotImplementedYet("act.elu");
    }

    /** act.celu: max(0, x) + min(0, alpha (e^(x/alpha) - 1)). */
    default Activation celu(double alpha) {
        throw new NotImplementedYet("act.celu");
    }

    /** act.selu: lambda ELU(x, alpha) with the constants of Klambauer et al. */
    default Activation selu() {
        throw new NotImplementedYet("act.selu");
    }

    /** act.gelu: x Phi(x), exact (use {@link StandardNormal#cdf}). */
    default Activation gelu() {
        throw new NotImplementedYet("act.gelu");
    }

    /** act.gelu_sigmoid: x sigma(1.702 x). */
    default Activation geluSigmoid() {
        throw new NotImplementedYet("act.gelu_sigmoid");
    }

    /** act.swish: x sigma(beta x), with beta learnable. */
    default ParametricActivation swish() {
        throw new NotImplementedYet("act.swish");
    }

    /** act.silu: x sigma(x). */
    default Activation silu() {
        throw new NotImplementedYet("act.silu");
    }

    /** act.hardswish: 0 if x <= -3, x if x >= 3, x (x + 3)/6 otherwise. */
    default Activation hardswish() {
        throw new NotImplementedYet("act.hardswish");
    }

    /** act.glu: sigma(X W + b) (.) (X V + c). */
    default GatedUnit glu() {
        throw new NotImplementedYet("act.glu");
    }

    /** act.bilinear: (X W + b) (.) (X V + c). */
    default GatedUnit bilinear() {
        throw new NotImplementedYet("act.bilinear");
    }

    /** act.reglu: max(0, X W + b) (.) (X V + c). */
    default GatedUnit reglu() {
        throw new NotImplementedYet("act.reglu");
    }

    /** act.geglu: GELU(X W + b) (.) (X V + c), exact GELU. */
    default GatedUnit geglu() {
        throw new NotImplementedYet("act.geglu");
    }

    /** act.swiglu: Swish_beta(X W + b) (.) (X V + c), beta fixed. */
    default GatedUnit swiglu(double beta) {
        throw new NotImplementedYet("act.swiglu");
    }

    // ---- C. Preprocessing, normalization, dropout, averaging, augmentation ----

    /** pre.center: x_ij - mu_j, mu the per-feature mean of the training data. */
    default Centering centering() {
        throw new NotImplementedYet("pre.center");
    }

    /**
     * pre.pca: y_ik = sum_j (x_ij - mu_j) u_kj, u_k the unit eigenvectors of the covariance
     * C = (1/N) sum_i (x_i - mu)(x_i - mu)^T in decreasing order of eigenvalue.
     */
    default Pca pca() {
        throw new NotImplementedYet("pre.pca");
    }

    /**
     * pre.whiten: the PCA rotation, then each axis scaled: y_ik = (sum_j (x_ij - mu_j) u_kj) /
     * sqrt(lambda_k + eps).
     *
     * @param eps &gt; 0, else IllegalArgumentException
     */
    default Whitening whitening(double eps) {
        throw new NotImplementedYet("pre.whiten");
    }

    /**
     * norm.batchnorm, torch.nn.BatchNorm1d: y = gamma (x - mu_B)/sqrt(var_B + eps) + beta per
     * feature, var_B biased; running_mean/var = (1 - momentum) running + momentum batch (the
     * running variance takes the unbiased batch variance); test mode uses the running statistics.
     *
     * @param features D, the number of features (columns of X), at least 1
     * @param eps      added to the variance, e.g. 1e-5
     * @param momentum the weight of the new batch in the running statistics, in [0, 1], e.g. 0.1
     */
    default BatchNorm batchNorm(int features, double eps, double momentum) {
        throw new NotImplementedYet("norm.batchnorm");
    }

    /**
     * norm.layernorm, torch.nn.LayerNorm(D, eps): y = gamma (x - mu)/sqrt(var + eps) + beta with
     * mu and the biased var taken over the features of each example.
     */
    default LayerNorm layerNorm(double eps) {
        throw new NotImplementedYet("norm.layernorm");
    }

    /**
     * reg.dropout, inverted dropout: keep unit i iff random.nextDouble() &lt; p; train y_i =
     * kept_i x_i / p, test y = x.
     *
     * @param p the keep probability, in (0, 1], else IllegalArgumentException
     */
    default Dropout dropout(double p) {
        throw new NotImplementedYet("reg.dropout");
    }

    /**
     * reg.dropout_classic: keep unit i iff random.nextDouble() &lt; p; train y_i = kept_i x_i,
     * test y = p x.
     *
     * @param p the keep probability, in (0, 1], else IllegalArgumentException
     */
    default Dropout dropoutClassic(double p) {
        throw new NotImplementedYet("reg.dropout_classic");
    }

    /**
     * avg.ema: S_1 = Y_1, S_t = a Y_t + (1 - a) S_{t-1}.
     *
     * @param a the weight of the newest value, in [0, 1], else IllegalArgumentException
     */
    default MovingAverage ema(double a) {
        throw new NotImplementedYet("avg.ema");
    }

    /** avg.polyak: S_t = (1/t) sum_{k=1..t} Y_k, the mean of every snapshot so far. */
    default MovingAverage polyak() {
        throw new NotImplementedYet("avg.polyak");
    }

    /** aug.hflip: out[c][i][j] = image[c][i][W - 1 - j], the columns of every row reversed. */
    default ImageTransform horizontalFlip() {
        throw new NotImplementedYet("aug.hflip");
    }

    /**
     * aug.crop, as torchvision's RandomCrop: top = random.nextInt(H - height + 1), then left =
     * random.nextInt(W - width + 1); out[c][r][s] = image[c][top + r][left + s], every channel
     * cropped at the same place. A window of the image's own size returns a copy of it.
     *
     * @param height the window's height, at least 1 (else IllegalArgumentException); a window
     *               taller or wider than the image makes apply throw IllegalArgumentException
     * @param width  the window's width, at least 1 (else IllegalArgumentException)
     */
    default RandomImageTransform randomCrop(int height, int width) {
        throw new NotImplementedYet("aug.crop");
    }

    /**
     * aug.jitter, brightness then contrast as in torchvision's ColorJitter, on pixels in [0, 1].
     * Draws b uniform in [max(0, 1 - brightness), 1 + brightness], then c uniform in
     * [max(0, 1 - contrast), 1 + contrast], each as lo + (hi - lo) random.nextDouble() (always
     * these two draws, in this order). Then z = clamp(b x, 0, 1) per pixel, m = the mean of z
     * over every channel and pixel, and out = clamp(c z + (1 - c) m, 0, 1). (torchvision takes
     * m from the grayscale image; here it is the plain mean.) brightness = contrast = 0 returns
     * the image unchanged.
     *
     * @param brightness &gt;= 0, else IllegalArgumentException
     * @param contrast   &gt;= 0, else IllegalArgumentException
     */
    default RandomImageTransform colorJitter(double brightness, double contrast) {
        throw new NotImplementedYet("aug.jitter");
    }
}
