package nngrade.reference;

import nngrade.problems.Solutions;
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
import nngrade.reference.activations.Bilinear;
import nngrade.reference.activations.Celu;
import nngrade.reference.activations.Elu;
import nngrade.reference.activations.Geglu;
import nngrade.reference.activations.Gelu;
import nngrade.reference.activations.GeluSigmoid;
import nngrade.reference.activations.Glu;
import nngrade.reference.activations.Hardswish;
import nngrade.reference.activations.LeakyRelu;
import nngrade.reference.activations.MaxoutUnit;
import nngrade.reference.activations.Prelu;
import nngrade.reference.activations.Reglu;
import nngrade.reference.activations.Relu;
import nngrade.reference.activations.Selu;
import nngrade.reference.activations.Sigmoid;
import nngrade.reference.activations.Silu;
import nngrade.reference.activations.Softplus;
import nngrade.reference.activations.Step;
import nngrade.reference.activations.Swiglu;
import nngrade.reference.activations.Swish;
import nngrade.reference.activations.Tanh;
import nngrade.reference.backprop.AddGate;
import nngrade.reference.backprop.AffineLayer;
import nngrade.reference.backprop.ExpGate;
import nngrade.reference.backprop.Graph;
import nngrade.reference.backprop.InvGate;
import nngrade.reference.backprop.MatVecOp;
import nngrade.reference.backprop.MaxGate;
import nngrade.reference.backprop.MulGate;
import nngrade.reference.backprop.OffsetGate;
import nngrade.reference.backprop.ScaleGate;
import nngrade.reference.backprop.SigmoidExample;
import nngrade.reference.backprop.SigmoidGate;
import nngrade.reference.backprop.SimpleExample;
import nngrade.reference.losses.BinaryCrossEntropy;
import nngrade.reference.losses.L1Regularizer;
import nngrade.reference.losses.L2Loss;
import nngrade.reference.losses.L2Regularizer;
import nngrade.reference.losses.SoftIou;
import nngrade.reference.losses.Softmax;
import nngrade.reference.losses.SoftmaxCrossEntropy;

/**
 * The instructor's answers to sections A and B: every problem of {@link Solutions}, each call
 * returning a fresh object.
 *
 * <p>Every method is public and overridable on purpose: the tests of the checks subclass this
 * factory and override one method to build a submission with one realistic bug.
 */
public class ReferenceSolutions implements Solutions {

    // ---- A. Backprop: gates ----

    @Override
    public BinaryGate addGate() {
        return new AddGate();
    }

    @Override
    public BinaryGate mulGate() {
        return new MulGate();
    }

    @Override
    public BinaryGate maxGate() {
        return new MaxGate();
    }

    @Override
    public UnaryGate expGate() {
        return new ExpGate();
    }

    @Override
    public UnaryGate invGate() {
        return new InvGate();
    }

    @Override
    public UnaryGate scaleGate(double c) {
        return new ScaleGate(c);
    }

    @Override
    public UnaryGate offsetGate(double c) {
        return new OffsetGate(c);
    }

    @Override
    public UnaryGate sigmoidGate() {
        return new SigmoidGate();
    }

    // ---- A. Backprop: graphs and worked examples ----

    @Override
    public ComputationalGraph graph() {
        return new Graph();
    }

    @Override
    public DifferentiableFunction simpleExample() {
        return new SimpleExample();
    }

    @Override
    public DifferentiableFunction sigmoidExample() {
        return new SigmoidExample();
    }

    // ---- A. Backprop: vector ops, losses, regularizers, layers ----

    @Override
    public MatVec matVec() {
        return new MatVecOp();
    }

    @Override
    public Loss l2Loss() {
        return new L2Loss();
    }

    @Override
    public VectorFunction softmax() {
        return new Softmax();
    }

    @Override
    public Loss softmaxCrossEntropy() {
        return new SoftmaxCrossEntropy();
    }

    @Override
    public Loss binaryCrossEntropy() {
        return new BinaryCrossEntropy();
    }

    @Override
    public Loss softIou() {
        return new SoftIou();
    }

    @Override
    public Regularizer l2Regularizer(double lambda) {
        return new L2Regularizer(lambda);
    }

    @Override
    public Regularizer l1Regularizer(double lambda) {
        return new L1Regularizer(lambda);
    }

    @Override
    public Affine affine() {
        return new AffineLayer();
    }

    // ---- B. Activations ----

    @Override
    public Activation step() {
        return new Step();
    }

    @Override
    public Activation sigmoid() {
        return new Sigmoid();
    }

    @Override
    public Activation tanh() {
        return new Tanh();
    }

    @Override
    public Activation relu() {
        return new Relu();
    }

    @Override
    public Activation softplus(double beta, double threshold) {
        return new Softplus(beta, threshold);
    }

    @Override
    public Activation leakyRelu(double negativeSlope) {
        return new LeakyRelu(negativeSlope);
    }

    @Override
    public ParametricActivation prelu() {
        return new Prelu();
    }

    @Override
    public Maxout maxout() {
        return new MaxoutUnit();
    }

    @Override
    public Activation elu(double alpha) {
        return new Elu(alpha);
    }

    @Override
    public Activation celu(double alpha) {
        return new Celu(alpha);
    }

    @Override
    public Activation selu() {
        return new Selu();
    }

    @Override
    public Activation gelu() {
        return new Gelu();
    }

    @Override
    public Activation geluSigmoid() {
        return new GeluSigmoid();
    }

    @Override
    public ParametricActivation swish() {
        return new Swish();
    }

    @Override
    public Activation silu() {
        return new Silu();
    }

    @Override
    public Activation hardswish() {
        return new Hardswish();
    }

    @Override
    public GatedUnit glu() {
        return new Glu();
    }

    @Override
    public GatedUnit bilinear() {
        return new Bilinear();
    }

    @Override
    public GatedUnit reglu() {
        return new Reglu();
    }

    @Override
    public GatedUnit geglu() {
        return new Geglu();
    }

    @Override
    public GatedUnit swiglu(double beta) {
        return new Swiglu(beta);
    }

    // ---- C. Initialization ----

    @Override
    public nngrade.problems.initialization.Initializer zerosInit() {
        return new nngrade.reference.initialization.Zeros();
    }

    @Override
    public nngrade.problems.initialization.Initializer smallRandomInit() {
        return new nngrade.reference.initialization.SmallRandom();
    }

    @Override
    public nngrade.problems.initialization.Initializer unitRandomInit() {
        return new nngrade.reference.initialization.UnitRandom();
    }

    @Override
    public nngrade.problems.initialization.Initializer lecunInit() {
        return new nngrade.reference.initialization.Lecun();
    }

    @Override
    public nngrade.problems.initialization.Initializer xavierUniformInit(double gain) {
        return new nngrade.reference.initialization.XavierUniform(gain);
    }

    @Override
    public nngrade.problems.initialization.Initializer xavierNormalInit(double gain) {
        return new nngrade.reference.initialization.XavierNormal(gain);
    }

    @Override
    public nngrade.problems.initialization.Initializer kaimingUniformInit(double a,
            nngrade.problems.initialization.FanMode mode,
            nngrade.problems.initialization.Nonlinearity nonlinearity) {
        return new nngrade.reference.initialization.KaimingUniform(a, mode, nonlinearity);
    }

    @Override
    public nngrade.problems.initialization.Initializer kaimingNormalInit(double a,
            nngrade.problems.initialization.FanMode mode,
            nngrade.problems.initialization.Nonlinearity nonlinearity) {
        return new nngrade.reference.initialization.KaimingNormal(a, mode, nonlinearity);
    }

    @Override
    public nngrade.problems.initialization.GainTable gainTable() {
        return new nngrade.reference.initialization.Gains();
    }

    @Override
    public nngrade.problems.initialization.ProductVariance productVariance() {
        return new nngrade.reference.initialization.VarianceOfProduct();
    }
}
