package nngrade.problems;

import nngrade.problems.activations.Activation;
import nngrade.problems.activations.GatedUnit;
import nngrade.problems.activations.Maxout;
import nngrade.problems.activations.ParametricActivation;
import nngrade.problems.backprop.Affine;
import nngrade.problems.backprop.BinaryGate;
import nngrade.problems.backprop.ComputationalGraph;
import nngrade.problems.backprop.DifferentiableFunction;
import nngrade.problems.backprop.MatVec;
import nngrade.problems.backprop.UnaryGate;
import nngrade.problems.backprop.VectorFunction;
import nngrade.problems.losses.Loss;
import nngrade.problems.losses.Regularizer;

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
     * @param mode         FAN_IN (torch's default) or FAN_OUT
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
     * @param mode         FAN_IN (torch's default) or FAN_OUT
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
}
