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

    /**
     * loss.softmax_cross_entropy: L = -sum_l t_l log s_l(o), on logits o, with dL/do = s - t.
     * The target t is a distribution, one-hot or soft: t_l &gt;= 0 and sum_l t_l = 1 (up to
     * rounding); what other targets give is not specified.
     */
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
     * <p>A hyperparameter out of its range (features &lt; 1, eps &lt; 0, momentum outside [0, 1],
     * or NaN) throws IllegalArgumentException, when the factory is called or at the latest on the
     * first call of a method; the ends of the ranges (D = 1, eps = 0, momentum 0 or 1) are allowed.
     *
     * @param features D, the number of features (columns of X), at least 1
     * @param eps      added to the variance, at least 0, e.g. 1e-5
     * @param momentum the weight of the new batch in the running statistics, in [0, 1], e.g. 0.1
     */
    default BatchNorm batchNorm(int features, double eps, double momentum) {
        throw new NotImplementedYet("norm.batchnorm");
    }

    /**
     * norm.layernorm, torch.nn.LayerNorm(D, eps): y = gamma (x - mu)/sqrt(var + eps) + beta with
     * mu and the biased var taken over the features of each example.
     *
     * @param eps added to the variance, at least 0 (eps = 0 is allowed), e.g. 1e-5; a negative or
     *            NaN eps throws IllegalArgumentException, when the factory is called or at the
     *            latest on the first call of a method
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

    // ---- D. First-order optimizers and learning-rate schedules ----
    // (types of nngrade.problems.optimizers, fully qualified to keep this block self-contained)
    //
    // Every call returns a fresh object with its own state, zero before its first step; t counts
    // an optimizer's steps from 1 and a schedule's from 0. Hyperparameters are taken as given
    // within the ranges each method states; outside them the behaviour is unspecified.

    /**
     * optim.sgd, as torch.optim.SGD(lr): x -= lr g.
     *
     * @param lr the learning rate, &gt;= 0
     */
    default nngrade.problems.optimizers.Optimizer sgd(double lr) {
        throw new NotImplementedYet("optim.sgd");
    }

    /**
     * optim.momentum_sutskever, the notes' first form: dx = mu dx - lr (1 - mu) g; x += dx, with
     * dx = 0 before the first step. mu = 0 is plain SGD.
     *
     * @param lr the learning rate, &gt;= 0
     * @param mu the momentum, in [0, 1)
     */
    default nngrade.problems.optimizers.Optimizer momentumSutskever(double lr, double mu) {
        throw new NotImplementedYet("optim.momentum_sutskever");
    }

    /**
     * optim.momentum_ema, the notes' alternative: m = mu m + (1 - mu) g; x -= lr m, with m = 0
     * before the first step. The same trajectory as the Sutskever form.
     *
     * @param lr the learning rate, &gt;= 0
     * @param mu the momentum, in [0, 1)
     */
    default nngrade.problems.optimizers.Optimizer momentumEma(double lr, double mu) {
        throw new NotImplementedYet("optim.momentum_ema");
    }

    /**
     * optim.momentum_torch, as torch.optim.SGD(lr, momentum=mu, dampening=0): m = mu m + g;
     * x -= lr m, with m = 0 before the first step. Equals the EMA form with lr/(1 - mu).
     *
     * @param lr the learning rate, &gt;= 0
     * @param mu the momentum, in [0, 1)
     */
    default nngrade.problems.optimizers.Optimizer momentumTorch(double lr, double mu) {
        throw new NotImplementedYet("optim.momentum_torch");
    }

    /**
     * optim.nesterov, the lookahead form: v = mu v - eps grad(x + mu v); x += v, with v = 0
     * before the first step. The gradient is taken at the lookahead point x + mu v, once a step.
     *
     * @param eps the step size (the notes' eps = (1 - mu) lr), &gt;= 0
     * @param mu  the momentum, in [0, 1)
     */
    default nngrade.problems.optimizers.LookaheadOptimizer nesterov(double eps, double mu) {
        throw new NotImplementedYet("optim.nesterov");
    }

    /**
     * optim.nesterov_shifted, the notes' rewritten form on x~ = x + mu v, whose gradient is taken
     * at the current parameters x~: v_prev = v; v = mu v - eps g; x~ += v + mu (v - v_prev), with
     * v = 0 before the first step. The same as torch.optim.SGD(lr=eps, momentum=mu,
     * nesterov=True), and the same trajectory in x~ as the lookahead form.
     *
     * @param eps the step size, &gt;= 0
     * @param mu  the momentum, in [0, 1)
     */
    default nngrade.problems.optimizers.Optimizer nesterovShifted(double eps, double mu) {
        throw new NotImplementedYet("optim.nesterov_shifted");
    }

    /**
     * optim.adagrad, as torch.optim.Adagrad(lr, lr_decay=0, initial_accumulator_value=0, eps):
     * G += g^2; x -= lr g/(sqrt(G) + eps), elementwise, G = 0 before the first step.
     *
     * @param lr  the learning rate, &gt;= 0
     * @param eps added to sqrt(G), outside the square root, &gt; 0
     */
    default nngrade.problems.optimizers.Optimizer adagrad(double lr, double eps) {
        throw new NotImplementedYet("optim.adagrad");
    }

    /**
     * optim.rmsprop, as torch.optim.RMSprop(lr, alpha=rho, eps): G = rho G + (1 - rho) g^2;
     * x -= lr g/(sqrt(G) + eps), elementwise, G = 0 before the first step.
     *
     * @param lr  the learning rate, &gt;= 0
     * @param rho the decay of the running average, in [0, 1)
     * @param eps added to sqrt(G), outside the square root, &gt; 0
     */
    default nngrade.problems.optimizers.Optimizer rmsprop(double lr, double rho, double eps) {
        throw new NotImplementedYet("optim.rmsprop");
    }

    /**
     * optim.adam, as torch.optim.Adam(lr, betas=(beta1, beta2), eps): at step t (from 1)
     * m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2; m^ = m/(1 - b1^t); v^ = v/(1 - b2^t);
     * x -= lr m^/(sqrt(v^) + eps), elementwise, m = v = 0 before the first step.
     *
     * @param lr    the learning rate, &gt;= 0
     * @param beta1 the decay of the first moment, in [0, 1)
     * @param beta2 the decay of the second moment, in [0, 1)
     * @param eps   added to sqrt(v^), outside the square root, &gt; 0
     */
    default nngrade.problems.optimizers.Optimizer adam(double lr, double beta1, double beta2,
            double eps) {
        throw new NotImplementedYet("optim.adam");
    }

    /**
     * optim.amsgrad, as torch.optim.Adam(..., amsgrad=True): Adam whose denominator uses the
     * running maximum of the (uncorrected) second moment: v_max = max(v_max, v);
     * x -= lr m^/(sqrt(v_max/(1 - b2^t)) + eps), v_max = 0 before the first step.
     *
     * @param lr    the learning rate, &gt;= 0
     * @param beta1 the decay of the first moment, in [0, 1)
     * @param beta2 the decay of the second moment, in [0, 1)
     * @param eps   added outside the square root, &gt; 0
     */
    default nngrade.problems.optimizers.Optimizer amsgrad(double lr, double beta1, double beta2,
            double eps) {
        throw new NotImplementedYet("optim.amsgrad");
    }

    /**
     * optim.adamw, as torch.optim.AdamW(lr, betas=(beta1, beta2), eps, weight_decay): decoupled
     * weight decay, x -= lr wd x, then the Adam step with the gradient g as given (the decay is
     * not added to g, so it is not divided by the adaptive denominator).
     *
     * @param lr          the learning rate, &gt;= 0
     * @param beta1       the decay of the first moment, in [0, 1)
     * @param beta2       the decay of the second moment, in [0, 1)
     * @param eps         added outside the square root, &gt; 0
     * @param weightDecay wd, &gt;= 0
     */
    default nngrade.problems.optimizers.Optimizer adamw(double lr, double beta1, double beta2,
            double eps, double weightDecay) {
        throw new NotImplementedYet("optim.adamw");
    }

    /**
     * optim.weight_decay, SGD with an L2 penalty, as torch.optim.SGD(lr, weight_decay=wd):
     * g' = g + wd x; x -= lr g'.
     *
     * @param lr          the learning rate, &gt;= 0
     * @param weightDecay wd, &gt;= 0
     */
    default nngrade.problems.optimizers.Optimizer sgdWeightDecay(double lr, double weightDecay) {
        throw new NotImplementedYet("optim.weight_decay");
    }

    /**
     * sched.step, as torch.optim.lr_scheduler.StepLR(step_size, gamma):
     * lr(t) = lr0 gamma^floor(t/stepSize) (gamma = 0.5 halves it every stepSize steps).
     *
     * @param lr0      the initial learning rate, &gt; 0
     * @param stepSize steps between two decays, &gt;= 1
     * @param gamma    the decay factor, in (0, 1]
     */
    default nngrade.problems.optimizers.LearningRateSchedule stepDecay(double lr0, int stepSize,
            double gamma) {
        throw new NotImplementedYet("sched.step");
    }

    /**
     * sched.exponential: lr(t) = lr0 e^(-k t), that is torch's ExponentialLR(gamma = e^-k).
     *
     * @param lr0 the initial learning rate, &gt; 0
     * @param k   the decay rate, &gt;= 0
     */
    default nngrade.problems.optimizers.LearningRateSchedule exponentialDecay(double lr0,
            double k) {
        throw new NotImplementedYet("sched.exponential");
    }

    /**
     * sched.inverse_time, 1/t decay: lr(t) = lr0/(1 + k t), that is torch's
     * LambdaLR(lambda t: 1/(1 + k t)).
     *
     * @param lr0 the initial learning rate, &gt; 0
     * @param k   the decay rate, &gt;= 0
     */
    default nngrade.problems.optimizers.LearningRateSchedule inverseTimeDecay(double lr0,
            double k) {
        throw new NotImplementedYet("sched.inverse_time");
    }

    /**
     * sched.cosine_warm_restarts, as torch's CosineAnnealingWarmRestarts(T_0, T_mult, eta_min)
     * stepped once per step: lr(t) = etaMin + (baseLr - etaMin)(1 + cos(pi T_cur/T_i))/2, where
     * the cycles have lengths T_0, T_0 T_mult, T_0 T_mult^2, ..., T_i is the length of the cycle
     * t lies in and T_cur the steps since that cycle began (a restart: lr = baseLr).
     *
     * @param baseLr the learning rate at each restart, &gt;= etaMin
     * @param t0     the length T_0 of the first cycle, &gt;= 1
     * @param tMult  the factor T_mult by which each cycle is longer than the previous, &gt;= 1
     * @param etaMin the floor of the learning rate, &gt;= 0
     */
    default nngrade.problems.optimizers.LearningRateSchedule cosineWarmRestarts(double baseLr,
            int t0, int tMult, double etaMin) {
        throw new NotImplementedYet("sched.cosine_warm_restarts");
    }

    /**
     * sched.one_cycle, as torch's OneCycleLR(max_lr, total_steps, pct_start,
     * anneal_strategy='cos', div_factor, final_div_factor, three_phase=False): a cosine rise from
     * initial = maxLr/divFactor at t = 0 to maxLr at t = pctStart totalSteps - 1, then a cosine
     * fall to initial/finalDivFactor at t = totalSteps - 1; cos(start, end, p) = end + (start -
     * end)(1 + cos(pi p))/2 with p the fraction of the phase done. Defined for 0 &lt;= t &lt;=
     * totalSteps, as torch (at t = totalSteps torch extrapolates the fall by one step).
     *
     * @param maxLr          the peak learning rate, &gt; 0
     * @param totalSteps     the length of the cycle, &gt;= 2
     * @param pctStart       the fraction of the cycle spent rising, with 1 &lt; pctStart
     *                       totalSteps &lt; totalSteps (each phase at least one step long)
     * @param divFactor      initial = maxLr/divFactor, &gt;= 1
     * @param finalDivFactor the last learning rate is initial/finalDivFactor, &gt;= 1
     */
    default nngrade.problems.optimizers.LearningRateSchedule oneCycle(double maxLr, int totalSteps,
            double pctStart, double divFactor, double finalDivFactor) {
        throw new NotImplementedYet("sched.one_cycle");
    }

    /**
     * sched.cyclic, as torch's CyclicLR(base_lr, max_lr, step_size_up, step_size_down,
     * mode='triangular'): lr climbs linearly from baseLr to maxLr in stepSizeUp steps, falls back
     * linearly in stepSizeDown steps, and repeats with period stepSizeUp + stepSizeDown.
     *
     * @param baseLr       the lower bound, &gt;= 0
     * @param maxLr        the upper bound, &gt;= baseLr
     * @param stepSizeUp   steps of the rise, &gt;= 1
     * @param stepSizeDown steps of the fall, &gt;= 1
     */
    default nngrade.problems.optimizers.LearningRateSchedule cyclic(double baseLr, double maxLr,
            int stepSizeUp, int stepSizeDown) {
        throw new NotImplementedYet("sched.cyclic");
    }

    // ---- E. Second-order methods and line search ----

    /**
     * newton.step: theta+ = theta - H^-1 grad, by solving H s = grad. A singular H throws
     * ArithmeticException; a gradient that is not finite throws IllegalArgumentException.
     */
    default nngrade.problems.quasinewton.SecondOrderStep newtonStep() {
        throw new NotImplementedYet("newton.step");
    }

    /**
     * qn.sr1_hessian: H+ = H + v v^T/(v^T p) with v = q - H p (secant: H+ p = q). Skipped (an
     * unchanged copy of H) when |v^T p| &lt;= skipTolerance ||v|| ||p||, which includes v = 0
     * and p = 0.
     *
     * @param skipTolerance r of the skip rule, e.g. 1e-8 (Nocedal and Wright, eq. 6.26)
     */
    default nngrade.problems.quasinewton.SecantUpdate sr1Hessian(double skipTolerance) {
        throw new NotImplementedYet("qn.sr1_hessian");
    }

    /**
     * qn.sr1_inverse: B+ = B + w w^T/(w^T q) with w = p - B q (secant: B+ q = p). Skipped (an
     * unchanged copy of B) when |w^T q| &lt;= skipTolerance ||w|| ||q||, which includes w = 0
     * and q = 0.
     *
     * @param skipTolerance r of the skip rule, e.g. 1e-8
     */
    default nngrade.problems.quasinewton.SecantUpdate sr1Inverse(double skipTolerance) {
        throw new NotImplementedYet("qn.sr1_inverse");
    }

    /**
     * qn.bfgs_hessian: H+ = H + q q^T/(q^T p) - H p p^T H/(p^T H p) (secant: H+ p = q). Skipped
     * (an unchanged copy of H) unless q^T p &gt; 0.
     */
    default nngrade.problems.quasinewton.SecantUpdate bfgsHessian() {
        throw new NotImplementedYet("qn.bfgs_hessian");
    }

    /**
     * qn.bfgs_inverse: B+ = (I - p q^T/(q^T p)) B (I - q p^T/(q^T p)) + p p^T/(q^T p) (secant:
     * B+ q = p). Skipped (an unchanged copy of B) unless q^T p &gt; 0. When B = H^-1 the result
     * is exactly the inverse of the qn.bfgs_hessian update of H.
     */
    default nngrade.problems.quasinewton.SecantUpdate bfgsInverse() {
        throw new NotImplementedYet("qn.bfgs_inverse");
    }

    /**
     * qn.dfp_inverse: B+ = B + p p^T/(p^T q) - B q q^T B/(q^T B q) (secant: B+ q = p); not the
     * same as BFGS. Skipped (an unchanged copy of B) unless q^T p &gt; 0.
     */
    default nngrade.problems.quasinewton.SecantUpdate dfpInverse() {
        throw new NotImplementedYet("qn.dfp_inverse");
    }

    /**
     * la.sherman_morrison: (A + u v^T)^-1 = A^-1 - A^-1 u v^T A^-1/(1 + v^T A^-1 u), from A^-1.
     * Throws ArithmeticException when 1 + v^T A^-1 u = 0.
     */
    default nngrade.problems.quasinewton.RankOneInverse shermanMorrison() {
        throw new NotImplementedYet("la.sherman_morrison");
    }

    /**
     * ls.golden_section: minimize a unimodal f on [a, b] to an absolute tolerance; the bracket
     * shrinks by 1/phi per iteration at the cost of one new evaluation of f.
     */
    default nngrade.problems.quasinewton.LineMinimizer goldenSection() {
        throw new NotImplementedYet("ls.golden_section");
    }

    /**
     * opt.bfgs: B_0 = I; d = -B g; alpha from the line search; p, q; the qn.bfgs_inverse update
     * of B when q^T p &gt; 0; stop when ||g|| &lt; eps or after maxIterations iterations (see
     * {@link nngrade.problems.quasinewton.Minimizer}).
     *
     * @param lineSearch    picks the step along each direction
     * @param eps           the gradient-norm tolerance, &gt; 0
     * @param maxIterations the iteration cap
     */
    default nngrade.problems.quasinewton.Minimizer bfgs(
            nngrade.problems.quasinewton.LineSearch lineSearch, double eps, int maxIterations) {
        throw new NotImplementedYet("opt.bfgs");
    }

    /**
     * opt.lbfgs: the iteration of {@link nngrade.problems.quasinewton.Minimizer} with B_k never
     * formed: d = -B_k g by the two-loop recursion over the last {@code memory} pairs
     * (p_i, q_i), with B_0 = I (no scaling), so that while no pair has been dropped the
     * directions are exactly those of opt.bfgs. A pair with q^T p &lt;= 0 is not stored; when a
     * new pair would make more than {@code memory}, the oldest is dropped. Storage O(memory n).
     *
     * <pre>
     * a = g
     * for i from the newest pair to the oldest:
     *     alpha_i = (p_i^T a)/(q_i^T p_i);  a = a - alpha_i q_i
     * for i from the oldest pair to the newest:
     *     beta = (q_i^T a)/(q_i^T p_i);  a = a + (alpha_i - beta) p_i
     * d = -a
     * </pre>
     *
     * @param lineSearch    picks the step along each direction
     * @param memory        r, the number of pairs kept, at least 1: a smaller r makes the factory
     *                      or minimize throw IllegalArgumentException
     * @param eps           the gradient-norm tolerance, &gt; 0
     * @param maxIterations the iteration cap
     */
    default nngrade.problems.quasinewton.Minimizer lbfgs(
            nngrade.problems.quasinewton.LineSearch lineSearch, int memory, double eps,
            int maxIterations) {
        throw new NotImplementedYet("opt.lbfgs");
    }

    // ---- C. Initialization ----

    /**
     * init.zeros: W = 0. Every hidden unit of a layer then computes the same output and gets the
     * same gradient, forever (the symmetry problem).
     */
    default nngrade.problems.initialization.Initializer zerosInit() {
        throw new NotImplementedYet("init.zeros");
    }

    /** init.small_random: w ~ N(0, 0.01^2), i.e. 0.01 * a standard normal. */
    default nngrade.problems.initialization.Initializer smallRandomInit() {
        throw new NotImplementedYet("init.small_random");
    }

    /** init.unit_random: w ~ N(0, 1). */
    default nngrade.problems.initialization.Initializer unitRandomInit() {
        throw new NotImplementedYet("init.unit_random");
    }

    /** init.lecun: w ~ N(0, 1/fan_in), so that Var(W x) = Var(x) for a linear layer. */
    default nngrade.problems.initialization.Initializer lecunInit() {
        throw new NotImplementedYet("init.lecun");
    }

    /**
     * init.xavier_uniform (torch.nn.init.xavier_uniform_): w ~ U(-a, a) with
     * a = gain sqrt(6/(fan_in + fan_out)), so Var(w) = gain^2 2/(fan_in + fan_out).
     *
     * @param gain the scaling factor, &gt;= 0 (a negative or NaN gain makes initialize throw
     *     IllegalArgumentException)
     */
    default nngrade.problems.initialization.Initializer xavierUniformInit(double gain) {
        throw new NotImplementedYet("init.xavier_uniform");
    }

    /**
     * init.xavier_normal (torch.nn.init.xavier_normal_): w ~ N(0, std^2) with
     * std = gain sqrt(2/(fan_in + fan_out)).
     *
     * @param gain the scaling factor, &gt;= 0 (a negative or NaN gain makes initialize throw
     *     IllegalArgumentException)
     */
    default nngrade.problems.initialization.Initializer xavierNormalInit(double gain) {
        throw new NotImplementedYet("init.xavier_normal");
    }

    /**
     * init.kaiming_uniform (torch.nn.init.kaiming_uniform_): w ~ U(-bound, bound) with
     * bound = gain sqrt(3/fan), gain = calculate_gain(nonlinearity, a), fan = fan_in or fan_out
     * as mode says; so Var(w) = gain^2/fan.
     *
     * @param a            the negative slope of the rectifier after the layer (LEAKY_RELU only)
     * @param mode         FAN_IN (torch's default) or FAN_OUT; null makes initialize throw
     *                     IllegalArgumentException (torch: "Mode None not supported")
     * @param nonlinearity the nonlinearity after the layer (torch's default is LEAKY_RELU)
     */
    default nngrade.problems.initialization.Initializer kaimingUniformInit(double a,
            nngrade.problems.initialization.FanMode mode,
            nngrade.problems.initialization.Nonlinearity nonlinearity) {
        throw new NotImplementedYet("init.kaiming_uniform");
    }

    /**
     * init.kaiming_normal (torch.nn.init.kaiming_normal_): w ~ N(0, std^2) with
     * std = gain / sqrt(fan), gain = calculate_gain(nonlinearity, a), fan = fan_in or fan_out as
     * mode says.
     *
     * @param a            the negative slope of the rectifier after the layer (LEAKY_RELU only)
     * @param mode         FAN_IN (torch's default) or FAN_OUT; null makes initialize throw
     *                     IllegalArgumentException (torch: "Mode None not supported")
     * @param nonlinearity the nonlinearity after the layer (torch's default is LEAKY_RELU)
     */
    default nngrade.problems.initialization.Initializer kaimingNormalInit(double a,
            nngrade.problems.initialization.FanMode mode,
            nngrade.problems.initialization.Nonlinearity nonlinearity) {
        throw new NotImplementedYet("init.kaiming_normal");
    }

    /**
     * init.gain (torch.nn.init.calculate_gain): linear 1, sigmoid 1, tanh 5/3, relu sqrt(2),
     * leaky_relu sqrt(2/(1 + a^2)), selu 3/4.
     */
    default nngrade.problems.initialization.GainTable gainTable() {
        throw new NotImplementedYet("init.gain");
    }

    /**
     * stat.var_product: Var(XY) = E[X]^2 Var(Y) + E[Y]^2 Var(X) + Var(X) Var(Y) for independent
     * X and Y, in closed form and by Monte Carlo.
     */
    default nngrade.problems.initialization.ProductVariance productVariance() {
        throw new NotImplementedYet("stat.var_product");
    }

    // ---- F. Babysitting the learning process ----
    // (types of nngrade.problems.babysitting, fully qualified to keep this block self-contained)
    //
    // The network is the student's own in babysit.initial_loss only: the training loops of the
    // other problems train the network they are handed, so each problem is graded on its own.

    /**
     * babysit.initial_loss: the two-layer classifier (affine, ReLU, affine, softmax cross-entropy,
     * L2 regularization of the weights) with its loss and the gradient of every parameter:
     * L = (1/N) sum_i [log sum_k exp(s_ik) - s_{i,y_i}] + reg (||W1||^2 + ||W2||^2). With small
     * weights and reg = 0 the loss is about ln C.
     */
    default nngrade.problems.babysitting.TwoLayerNet twoLayerNet() {
        throw new NotImplementedYet("babysit.initial_loss");
    }

    /**
     * babysit.overfit_small: vanilla full-batch SGD without regularization on the first examples
     * of a training set, returning the loss curve, the trained parameters and their training
     * accuracy (1.00 when the loop is right).
     */
    default nngrade.problems.babysitting.Trainer overfitTrainer() {
        throw new NotImplementedYet("babysit.overfit_small");
    }

    /**
     * babysit.lr_diagnosis: a trial run that breaks out once the cost exceeds 3 times the initial
     * cost, and the reading of a loss curve: learning rate too low, too high, or fine.
     */
    default nngrade.problems.babysitting.LearningRateDiagnosis learningRateDiagnosis() {
        throw new NotImplementedYet("babysit.lr_diagnosis");
    }

    /**
     * babysit.random_search: log-uniform samples of a hyperparameter in a range, and the
     * coarse-to-fine step that narrows the range to the best trials.
     */
    default nngrade.problems.babysitting.RandomSearch randomSearch() {
        throw new NotImplementedYet("babysit.random_search");
    }

    /** babysit.update_ratio: ||lr dW|| / ||W|| per layer, about 1e-3 in a healthy run. */
    default nngrade.problems.babysitting.UpdateRatio updateRatio() {
        throw new NotImplementedYet("babysit.update_ratio");
    }
}
