package nngrade.student;

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
import nngrade.student.activations.Bilinear;
import nngrade.student.activations.Celu;
import nngrade.student.activations.Elu;
import nngrade.student.activations.Geglu;
import nngrade.student.activations.Gelu;
import nngrade.student.activations.GeluSigmoid;
import nngrade.student.activations.Glu;
import nngrade.student.activations.Hardswish;
import nngrade.student.activations.LeakyRelu;
import nngrade.student.activations.MaxoutUnit;
import nngrade.student.activations.Prelu;
import nngrade.student.activations.Reglu;
import nngrade.student.activations.Relu;
import nngrade.student.activations.Selu;
import nngrade.student.activations.Sigmoid;
import nngrade.student.activations.Silu;
import nngrade.student.activations.Softplus;
import nngrade.student.activations.Step;
import nngrade.student.activations.Swiglu;
import nngrade.student.activations.Swish;
import nngrade.student.activations.Tanh;
import nngrade.student.backprop.AddGate;
import nngrade.student.backprop.AffineLayer;
import nngrade.student.backprop.ExpGate;
import nngrade.student.backprop.Graph;
import nngrade.student.backprop.InvGate;
import nngrade.student.backprop.MatVecOp;
import nngrade.student.backprop.MaxGate;
import nngrade.student.backprop.MulGate;
import nngrade.student.backprop.OffsetGate;
import nngrade.student.backprop.ScaleGate;
import nngrade.student.backprop.SigmoidExample;
import nngrade.student.backprop.SigmoidGate;
import nngrade.student.backprop.SimpleExample;
import nngrade.student.losses.BinaryCrossEntropy;
import nngrade.student.losses.L1Regularizer;
import nngrade.student.losses.L2Loss;
import nngrade.student.losses.L2Regularizer;
import nngrade.student.losses.SoftIou;
import nngrade.student.losses.Softmax;
import nngrade.student.losses.SoftmaxCrossEntropy;

/**
 * Your submission: the grader finds this class by its name and asks it for the implementation of
 * each problem. It is already wired: every method returns a new instance of the class in which
 * you write that problem's answer. You do not need to change this file; fill in the classes in
 * the backprop, losses and activations packages instead. A method whose class still throws
 * NotImplementedYet scores 0 for that problem and nothing else.
 */
public class StudentSolutions implements Solutions {

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
        return new nngrade.student.initialization.Zeros();
    }

    @Override
    public nngrade.problems.initialization.Initializer smallRandomInit() {
        return new nngrade.student.initialization.SmallRandom();
    }

    @Override
    public nngrade.problems.initialization.Initializer unitRandomInit() {
        return new nngrade.student.initialization.UnitRandom();
    }

    @Override
    public nngrade.problems.initialization.Initializer lecunInit() {
        return new nngrade.student.initialization.Lecun();
    }

    @Override
    public nngrade.problems.initialization.Initializer xavierUniformInit(double gain) {
        return new nngrade.student.initialization.XavierUniform(gain);
    }

    @Override
    public nngrade.problems.initialization.Initializer xavierNormalInit(double gain) {
        return new nngrade.student.initialization.XavierNormal(gain);
    }

    @Override
    public nngrade.problems.initialization.Initializer kaimingUniformInit(double a,
            nngrade.problems.initialization.FanMode mode,
            nngrade.problems.initialization.Nonlinearity nonlinearity) {
        return new nngrade.student.initialization.KaimingUniform(a, mode, nonlinearity);
    }

    @Override
    public nngrade.problems.initialization.Initializer kaimingNormalInit(double a,
            nngrade.problems.initialization.FanMode mode,
            nngrade.problems.initialization.Nonlinearity nonlinearity) {
        return new nngrade.student.initialization.KaimingNormal(a, mode, nonlinearity);
    }

    @Override
    public nngrade.problems.initialization.GainTable gainTable() {
        return new nngrade.student.initialization.Gains();
    }

    @Override
    public nngrade.problems.initialization.ProductVariance productVariance() {
        return new nngrade.student.initialization.VarianceOfProduct();
    }
}
