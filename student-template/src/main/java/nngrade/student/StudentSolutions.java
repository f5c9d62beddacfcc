package nngrade.student;

import nngrade.problems.Solutions;
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
import nngrade.student.augmentation.ColorJitter;
import nngrade.student.augmentation.HorizontalFlip;
import nngrade.student.augmentation.RandomCrop;
import nngrade.student.averaging.ExponentialMovingAverage;
import nngrade.student.averaging.PolyakAverage;
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
import nngrade.student.normalization.BatchNormalization;
import nngrade.student.normalization.LayerNormalization;
import nngrade.student.preprocessing.MeanCentering;
import nngrade.student.preprocessing.PcaWhitening;
import nngrade.student.preprocessing.PrincipalComponents;
import nngrade.student.regularization.ClassicDropout;
import nngrade.student.regularization.InvertedDropout;

/**
 * Your submission: the grader finds this class by its name and asks it for the implementation of
 * each problem. It is already wired: every method returns a new instance of the class in which
 * you write that problem's answer. You do not need to change this file; fill in the classes in
 * the packages beside it, one per chapter of the notes (backprop, losses, activations,
 * preprocessing, normalization, regularization, ...). A method whose class still throws
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

    // ---- C. Preprocessing, normalization, dropout, averaging, augmentation ----

    @Override
    public Centering centering() {
        return new MeanCentering();
    }

    @Override
    public Pca pca() {
        return new PrincipalComponents();
    }

    @Override
    public Whitening whitening(double eps) {
        return new PcaWhitening(eps);
    }

    @Override
    public BatchNorm batchNorm(int features, double eps, double momentum) {
        return new BatchNormalization(features, eps, momentum);
    }

    @Override
    public LayerNorm layerNorm(double eps) {
        return new LayerNormalization(eps);
    }

    @Override
    public Dropout dropout(double p) {
        return new InvertedDropout(p);
    }

    @Override
    public Dropout dropoutClassic(double p) {
        return new ClassicDropout(p);
    }

    @Override
    public MovingAverage ema(double a) {
        return new ExponentialMovingAverage(a);
    }

    @Override
    public MovingAverage polyak() {
        return new PolyakAverage();
    }

    @Override
    public ImageTransform horizontalFlip() {
        return new HorizontalFlip();
    }

    @Override
    public RandomImageTransform randomCrop(int height, int width) {
        return new RandomCrop(height, width);
    }

    @Override
    public RandomImageTransform colorJitter(double brightness, double contrast) {
        return new ColorJitter(brightness, contrast);
    }

    // ---- D. First-order optimizers and learning-rate schedules ----
    // (your classes are in the optimizers and schedules packages; types fully qualified here)

    @Override
    public nngrade.problems.optimizers.Optimizer sgd(double lr) {
        return new nngrade.student.optimizers.Sgd(lr);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer momentumSutskever(double lr, double mu) {
        return new nngrade.student.optimizers.MomentumSutskever(lr, mu);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer momentumEma(double lr, double mu) {
        return new nngrade.student.optimizers.MomentumEma(lr, mu);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer momentumTorch(double lr, double mu) {
        return new nngrade.student.optimizers.MomentumTorch(lr, mu);
    }

    @Override
    public nngrade.problems.optimizers.LookaheadOptimizer nesterov(double eps, double mu) {
        return new nngrade.student.optimizers.Nesterov(eps, mu);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer nesterovShifted(double eps, double mu) {
        return new nngrade.student.optimizers.NesterovShifted(eps, mu);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer adagrad(double lr, double eps) {
        return new nngrade.student.optimizers.AdaGrad(lr, eps);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer rmsprop(double lr, double rho, double eps) {
        return new nngrade.student.optimizers.RmsProp(lr, rho, eps);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer adam(double lr, double beta1, double beta2,
            double eps) {
        return new nngrade.student.optimizers.Adam(lr, beta1, beta2, eps);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer amsgrad(double lr, double beta1, double beta2,
            double eps) {
        return new nngrade.student.optimizers.AmsGrad(lr, beta1, beta2, eps);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer adamw(double lr, double beta1, double beta2,
            double eps, double weightDecay) {
        return new nngrade.student.optimizers.AdamW(lr, beta1, beta2, eps, weightDecay);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer sgdWeightDecay(double lr, double weightDecay) {
        return new nngrade.student.optimizers.SgdWeightDecay(lr, weightDecay);
    }

    @Override
    public nngrade.problems.optimizers.LearningRateSchedule stepDecay(double lr0, int stepSize,
            double gamma) {
        return new nngrade.student.schedules.StepDecay(lr0, stepSize, gamma);
    }

    @Override
    public nngrade.problems.optimizers.LearningRateSchedule exponentialDecay(double lr0, double k) {
        return new nngrade.student.schedules.ExponentialDecay(lr0, k);
    }

    @Override
    public nngrade.problems.optimizers.LearningRateSchedule inverseTimeDecay(double lr0, double k) {
        return new nngrade.student.schedules.InverseTimeDecay(lr0, k);
    }

    @Override
    public nngrade.problems.optimizers.LearningRateSchedule cosineWarmRestarts(double baseLr, int t0,
            int tMult, double etaMin) {
        return new nngrade.student.schedules.CosineWarmRestarts(baseLr, t0, tMult, etaMin);
    }

    @Override
    public nngrade.problems.optimizers.LearningRateSchedule oneCycle(double maxLr, int totalSteps,
            double pctStart, double divFactor, double finalDivFactor) {
        return new nngrade.student.schedules.OneCycle(maxLr, totalSteps, pctStart, divFactor,
                finalDivFactor);
    }

    @Override
    public nngrade.problems.optimizers.LearningRateSchedule cyclic(double baseLr, double maxLr,
            int stepSizeUp, int stepSizeDown) {
        return new nngrade.student.schedules.CyclicTriangular(baseLr, maxLr, stepSizeUp,
                stepSizeDown);
    }

    // ---- E. Second-order methods and line search ----

    @Override
    public nngrade.problems.quasinewton.SecondOrderStep newtonStep() {
        return new nngrade.student.quasinewton.NewtonStep();
    }

    @Override
    public nngrade.problems.quasinewton.SecantUpdate sr1Hessian(double skipTolerance) {
        return new nngrade.student.quasinewton.Sr1Hessian(skipTolerance);
    }

    @Override
    public nngrade.problems.quasinewton.SecantUpdate sr1Inverse(double skipTolerance) {
        return new nngrade.student.quasinewton.Sr1Inverse(skipTolerance);
    }

    @Override
    public nngrade.problems.quasinewton.SecantUpdate bfgsHessian() {
        return new nngrade.student.quasinewton.BfgsHessian();
    }

    @Override
    public nngrade.problems.quasinewton.SecantUpdate bfgsInverse() {
        return new nngrade.student.quasinewton.BfgsInverse();
    }

    @Override
    public nngrade.problems.quasinewton.SecantUpdate dfpInverse() {
        return new nngrade.student.quasinewton.DfpInverse();
    }

    @Override
    public nngrade.problems.quasinewton.RankOneInverse shermanMorrison() {
        return new nngrade.student.quasinewton.ShermanMorrison();
    }

    @Override
    public nngrade.problems.quasinewton.LineMinimizer goldenSection() {
        return new nngrade.student.quasinewton.GoldenSection();
    }

    @Override
    public nngrade.problems.quasinewton.Minimizer bfgs(nngrade.problems.quasinewton.LineSearch lineSearch, double eps,
            int maxIterations) {
        return new nngrade.student.quasinewton.Bfgs(lineSearch, eps, maxIterations);
    }

    @Override
    public nngrade.problems.quasinewton.Minimizer lbfgs(nngrade.problems.quasinewton.LineSearch lineSearch, int memory,
            double eps, int maxIterations) {
        return new nngrade.student.quasinewton.Lbfgs(lineSearch, memory, eps, maxIterations);
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

    // ---- F. Babysitting the learning process ----

    @Override
    public nngrade.problems.babysitting.TwoLayerNet twoLayerNet() {
        return new nngrade.student.babysitting.TwoLayerReluNet();
    }

    @Override
    public nngrade.problems.babysitting.Trainer overfitTrainer() {
        return new nngrade.student.babysitting.SmallSubsetTrainer();
    }

    @Override
    public nngrade.problems.babysitting.LearningRateDiagnosis learningRateDiagnosis() {
        return new nngrade.student.babysitting.LossCurveDiagnosis();
    }

    @Override
    public nngrade.problems.babysitting.RandomSearch randomSearch() {
        return new nngrade.student.babysitting.LogUniformSearch();
    }

    @Override
    public nngrade.problems.babysitting.UpdateRatio updateRatio() {
        return new nngrade.student.babysitting.UpdateToWeightRatio();
    }
}
