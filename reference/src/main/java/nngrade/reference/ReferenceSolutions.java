package nngrade.reference;

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
import nngrade.reference.augmentation.ColorJitter;
import nngrade.reference.augmentation.HorizontalFlip;
import nngrade.reference.augmentation.RandomCrop;
import nngrade.reference.averaging.ExponentialMovingAverage;
import nngrade.reference.averaging.PolyakAverage;
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
import nngrade.reference.normalization.BatchNormalization;
import nngrade.reference.normalization.LayerNormalization;
import nngrade.reference.preprocessing.MeanCentering;
import nngrade.reference.preprocessing.PcaWhitening;
import nngrade.reference.preprocessing.PrincipalComponents;
import nngrade.reference.regularization.ClassicDropout;
import nngrade.reference.regularization.InvertedDropout;

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
    // (types fully qualified to keep this block self-contained)

    @Override
    public nngrade.problems.optimizers.Optimizer sgd(double lr) {
        return new nngrade.reference.optimizers.Sgd(lr);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer momentumSutskever(double lr, double mu) {
        return new nngrade.reference.optimizers.MomentumSutskever(lr, mu);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer momentumEma(double lr, double mu) {
        return new nngrade.reference.optimizers.MomentumEma(lr, mu);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer momentumTorch(double lr, double mu) {
        return new nngrade.reference.optimizers.MomentumTorch(lr, mu);
    }

    @Override
    public nngrade.problems.optimizers.LookaheadOptimizer nesterov(double eps, double mu) {
        return new nngrade.reference.optimizers.Nesterov(eps, mu);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer nesterovShifted(double eps, double mu) {
        return new nngrade.reference.optimizers.NesterovShifted(eps, mu);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer adagrad(double lr, double eps) {
        return new nngrade.reference.optimizers.AdaGrad(lr, eps);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer rmsprop(double lr, double rho, double eps) {
        return new nngrade.reference.optimizers.RmsProp(lr, rho, eps);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer adam(double lr, double beta1, double beta2,
            double eps) {
        return new nngrade.reference.optimizers.Adam(lr, beta1, beta2, eps);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer amsgrad(double lr, double beta1, double beta2,
            double eps) {
        return new nngrade.reference.optimizers.AmsGrad(lr, beta1, beta2, eps);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer adamw(double lr, double beta1, double beta2,
            double eps, double weightDecay) {
        return new nngrade.reference.optimizers.AdamW(lr, beta1, beta2, eps, weightDecay);
    }

    @Override
    public nngrade.problems.optimizers.Optimizer sgdWeightDecay(double lr, double weightDecay) {
        return new nngrade.reference.optimizers.SgdWeightDecay(lr, weightDecay);
    }

    @Override
    public nngrade.problems.optimizers.LearningRateSchedule stepDecay(double lr0, int stepSize,
            double gamma) {
        return new nngrade.reference.schedules.StepDecay(lr0, stepSize, gamma);
    }

    @Override
    public nngrade.problems.optimizers.LearningRateSchedule exponentialDecay(double lr0, double k) {
        return new nngrade.reference.schedules.ExponentialDecay(lr0, k);
    }

    @Override
    public nngrade.problems.optimizers.LearningRateSchedule inverseTimeDecay(double lr0, double k) {
        return new nngrade.reference.schedules.InverseTimeDecay(lr0, k);
    }

    @Override
    public nngrade.problems.optimizers.LearningRateSchedule cosineWarmRestarts(double baseLr,
            int t0, int tMult, double etaMin) {
        return new nngrade.reference.schedules.CosineWarmRestarts(baseLr, t0, tMult, etaMin);
    }

    @Override
    public nngrade.problems.optimizers.LearningRateSchedule oneCycle(double maxLr, int totalSteps,
            double pctStart, double divFactor, double finalDivFactor) {
        return new nngrade.reference.schedules.OneCycle(maxLr, totalSteps, pctStart, divFactor,
                finalDivFactor);
    }

    @Override
    public nngrade.problems.optimizers.LearningRateSchedule cyclic(double baseLr, double maxLr,
            int stepSizeUp, int stepSizeDown) {
        return new nngrade.reference.schedules.CyclicTriangular(baseLr, maxLr, stepSizeUp,
                stepSizeDown);
    }

    // ---- E. Second-order methods and line search ----

    @Override
    public nngrade.problems.quasinewton.SecondOrderStep newtonStep() {
        return new nngrade.reference.quasinewton.NewtonStep();
    }

    @Override
    public nngrade.problems.quasinewton.SecantUpdate sr1Hessian(double skipTolerance) {
        return new nngrade.reference.quasinewton.Sr1Hessian(skipTolerance);
    }

    @Override
    public nngrade.problems.quasinewton.SecantUpdate sr1Inverse(double skipTolerance) {
        return new nngrade.reference.quasinewton.Sr1Inverse(skipTolerance);
    }

    @Override
    public nngrade.problems.quasinewton.SecantUpdate bfgsHessian() {
        return new nngrade.reference.quasinewton.BfgsHessian();
    }

    @Override
    public nngrade.problems.quasinewton.SecantUpdate bfgsInverse() {
        return new nngrade.reference.quasinewton.BfgsInverse();
    }

    @Override
    public nngrade.problems.quasinewton.SecantUpdate dfpInverse() {
        return new nngrade.reference.quasinewton.DfpInverse();
    }

    @Override
    public nngrade.problems.quasinewton.RankOneInverse shermanMorrison() {
        return new nngrade.reference.quasinewton.ShermanMorrison();
    }

    @Override
    public nngrade.problems.quasinewton.LineMinimizer goldenSection() {
        return new nngrade.reference.quasinewton.GoldenSection();
    }

    @Override
    public nngrade.problems.quasinewton.Minimizer bfgs(nngrade.problems.quasinewton.LineSearch lineSearch, double eps,
            int maxIterations) {
        return new nngrade.reference.quasinewton.Bfgs(lineSearch, eps, maxIterations);
    }

    @Override
    public nngrade.problems.quasinewton.Minimizer lbfgs(nngrade.problems.quasinewton.LineSearch lineSearch, int memory,
            double eps, int maxIterations) {
        return new nngrade.reference.quasinewton.Lbfgs(lineSearch, memory, eps, maxIterations);
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

    // ---- F. Babysitting the learning process ----

    @Override
    public nngrade.problems.babysitting.TwoLayerNet twoLayerNet() {
        return new nngrade.reference.babysitting.TwoLayerReluNet();
    }

    @Override
    public nngrade.problems.babysitting.Trainer overfitTrainer() {
        return new nngrade.reference.babysitting.SmallSubsetTrainer();
    }

    @Override
    public nngrade.problems.babysitting.LearningRateDiagnosis learningRateDiagnosis() {
        return new nngrade.reference.babysitting.LossCurveDiagnosis();
    }

    @Override
    public nngrade.problems.babysitting.RandomSearch randomSearch() {
        return new nngrade.reference.babysitting.LogUniformSearch();
    }

    @Override
    public nngrade.problems.babysitting.UpdateRatio updateRatio() {
        return new nngrade.reference.babysitting.UpdateToWeightRatio();
    }
}
