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
     * @param eps           the gradient-norm tolerance
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
     * @param memory        r, the number of pairs kept (at least 1)
     * @param eps           the gradient-norm tolerance
     * @param maxIterations the iteration cap
     */
    default nngrade.problems.quasinewton.Minimizer lbfgs(
            nngrade.problems.quasinewton.LineSearch lineSearch, int memory, double eps,
            int maxIterations) {
        throw new NotImplementedYet("opt.lbfgs");
    }
}
