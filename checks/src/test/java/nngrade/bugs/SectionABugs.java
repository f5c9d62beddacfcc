package nngrade.bugs;

import java.util.List;
import java.util.Set;
import nngrade.bugs.backprop.GateBugs;
import nngrade.bugs.backprop.GraphBugs;
import nngrade.bugs.backprop.LayerBugs;
import nngrade.bugs.backprop.LossBugs;
import nngrade.problems.backprop.Affine;
import nngrade.problems.backprop.BinaryGate;
import nngrade.problems.backprop.ComputationalGraph;
import nngrade.problems.backprop.DifferentiableFunction;
import nngrade.problems.backprop.MatVec;
import nngrade.problems.backprop.UnaryGate;
import nngrade.problems.backprop.VectorFunction;
import nngrade.problems.losses.Loss;
import nngrade.problems.losses.Regularizer;
import nngrade.reference.ReferenceSolutions;

/**
 * Realistic mistakes in section A (gates, graph, losses), one per submission: the reference with
 * one factory method returning a buggy implementation (see package nngrade.bugs.backprop).
 */
final class SectionABugs {

    // check names shared by many problems
    private static final String CENTRAL = "backward matches central differences of forward";
    private static final String CENTRAL_OF_VALUE = "gradient matches central differences of value";
    private static final String REFERENCE = "agrees with the reference";
    private static final String FINITE = "finite at extreme inputs";
    private static final String LOCAL_GRADIENT = "backward is the local gradient times the upstream gradient";

    private SectionABugs() {
    }

    static List<Bug> all() {
        return List.of(
                // ---- gates ----
                new Bug("bug-max-gate-gradient-to-both-inputs", "gate.max",
                        Set.of(CENTRAL, REFERENCE, "backward routes the upstream gradient to the larger input",
                                "ties split the upstream gradient between the inputs"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public BinaryGate maxGate() {
                                return new GateBugs.MaxToBothInputs();
                            }
                        }),
                new Bug("bug-mul-gate-not-switched", "gate.mul",
                        Set.of(CENTRAL, REFERENCE, "backward switches the inputs",
                                "reproduces the mul gate of the notes sigmoid circuit"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public BinaryGate mulGate() {
                                return new GateBugs.MulNotSwitched();
                            }
                        }),
                new Bug("bug-inv-gate-derivative-sign-lost", "gate.inv",
                        Set.of(CENTRAL, REFERENCE, LOCAL_GRADIENT,
                                "reproduces the inv gate of the notes sigmoid circuit"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public UnaryGate invGate() {
                                return new GateBugs.InvSignLost();
                            }
                        }),
                new Bug("bug-sigmoid-gate-derivative-is-sigma", "gate.sigmoid",
                        Set.of(CENTRAL, REFERENCE, LOCAL_GRADIENT, "local gradient at one matches the notes"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public UnaryGate sigmoidGate() {
                                return new GateBugs.SigmoidDerivativeIsSigma();
                            }
                        }),
                new Bug("bug-offset-gate-gradient-times-c", "gate.offset",
                        Set.of(CENTRAL, REFERENCE, LOCAL_GRADIENT),
                        () -> new ReferenceSolutions() {
                            @Override
                            public UnaryGate offsetGate(double c) {
                                return new GateBugs.OffsetGradientTimesC(c);
                            }
                        }),
                new Bug("bug-exp-gate-backward-uses-cached-forward", "gate.exp",
                        Set.of(CENTRAL, LOCAL_GRADIENT, "backward depends on its arguments only"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public UnaryGate expGate() {
                                return new GateBugs.ExpCachingForwardOutput();
                            }
                        }),
                // ---- graph and worked examples ----
                new Bug("bug-graph-fan-out-gradient-overwritten", "graph.forward_backward",
                        Set.of(REFERENCE, "gradients match central differences of the graphs own forward",
                                "fan out gradients are summed"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public ComputationalGraph graph() {
                                return new GraphBugs.FanOutOverwritten();
                            }
                        }),
                new Bug("bug-simple-example-dz-is-x", "graph.example_simple",
                        Set.of(REFERENCE, CENTRAL_OF_VALUE, "gradient matches the closed form",
                                "reproduces the notes numbers"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public DifferentiableFunction simpleExample() {
                                return new LayerBugs.SimpleExampleDzIsX();
                            }
                        }),
                // The shapes the contract fixes: loops over one argument's indices that never compare
                // lengths read past a shorter partner and ignore the rest of a longer one.
                new Bug("bug-simple-example-without-length-check", "graph.example_simple",
                        Set.of("rejects a point of another dimension"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public DifferentiableFunction simpleExample() {
                                return new LayerBugs.SimpleExampleWithoutLengthCheck();
                            }
                        }),
                new Bug("bug-matvec-without-shape-check", "op.matvec",
                        Set.of("rejects arguments whose shapes do not agree"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public MatVec matVec() {
                                return new LayerBugs.MatVecWithoutShapeCheck();
                            }
                        }),
                new Bug("bug-affine-without-shape-check", "layer.affine",
                        Set.of("rejects arguments whose shapes do not agree"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Affine affine() {
                                return new LayerBugs.AffineWithoutShapeCheck();
                            }
                        }),
                new Bug("bug-affine-accepting-empty-shapes", "layer.affine",
                        Set.of("rejects an empty batch or layer"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Affine affine() {
                                return new LayerBugs.AffineAcceptingEmptyShapes();
                            }
                        }),
                // The graph the contract calls malformed: evaluated as if it were well formed.
                new Bug("bug-graph-without-validation", "graph.forward_backward",
                        Set.of("rejects a malformed graph"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public ComputationalGraph graph() {
                                return new GraphBugs.WithoutValidation();
                            }
                        }),
                new Bug("bug-softmax-backward-without-length-check", "op.softmax",
                        Set.of("rejects an upstream gradient of another length"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public VectorFunction softmax() {
                                return new LossBugs.SoftmaxBackwardWithoutLengthCheck();
                            }
                        }),
                new Bug("bug-l2-loss-without-length-check", "loss.l2",
                        Set.of("rejects a target of another length"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Loss l2Loss() {
                                return new LossBugs.L2LossWithoutLengthCheck();
                            }
                        }),
                // ---- vector ops and layers ----
                new Bug("bug-matvec-dw-transposed", "op.matvec",
                        Set.of(CENTRAL, REFERENCE, "backward matches the closed forms",
                                "gradients have the shapes of their inputs", "reproduces the notes vectorized example"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public MatVec matVec() {
                                return new LayerBugs.MatVecDwTransposed();
                            }
                        }),
                new Bug("bug-affine-db-from-first-row-only", "layer.affine",
                        Set.of(CENTRAL, REFERENCE, "backward matches the closed forms", "agrees with pytorch linear"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Affine affine() {
                                return new LayerBugs.AffineDbFirstRow();
                            }
                        }),
                // ---- softmax, losses, regularizers ----
                new Bug("bug-softmax-without-max-shift", "op.softmax",
                        Set.of(CENTRAL, REFERENCE, "outputs are probabilities that sum to one",
                                "invariant to adding one constant to every logit", "does not overflow at large logits",
                                "backward is the jacobian vector product", "agrees with pytorch softmax"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public VectorFunction softmax() {
                                return new LossBugs.SoftmaxWithoutMaxShift();
                            }
                        }),
                new Bug("bug-cross-entropy-gradient-sign-flipped", "loss.softmax_cross_entropy",
                        Set.of(CENTRAL_OF_VALUE, REFERENCE, "gradient is softmax minus target",
                                "exact at logits of plus minus one thousand", "agrees with pytorch cross entropy"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Loss softmaxCrossEntropy() {
                                return new LossBugs.CrossEntropySignFlipped();
                            }
                        }),
                new Bug("bug-bce-naive-log-of-sigmoid", "loss.binary_cross_entropy",
                        // log(1 - sigma(z)) loses every digit once sigma(z) rounds near 1 (z > 20)
                        // and is log 0 = -infinity at z = 1000
                        Set.of(CENTRAL_OF_VALUE, REFERENCE, FINITE, "value is the stable logistic loss",
                                "exact at logits of plus minus one thousand",
                                "agrees with pytorch binary cross entropy with logits"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Loss binaryCrossEntropy() {
                                return new LossBugs.BinaryCrossEntropyNaive();
                            }
                        }),
                new Bug("bug-l2-loss-gradient-missing-factor-2", "loss.l2",
                        Set.of(CENTRAL_OF_VALUE, REFERENCE, "gradient is twice the difference",
                                "reproduces the notes vectorized example"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Loss l2Loss() {
                                return new LossBugs.L2LossGradientMissingTwo();
                            }
                        }),
                new Bug("bug-soft-iou-zero-branch-one-over-u", "loss.soft_iou",
                        // generated soft targets include round values, 0 among them: the soft-target check sees it too
                        Set.of(CENTRAL_OF_VALUE, REFERENCE, "gradient follows the notes cases for binary targets",
                                "gradient for soft targets is the quotient rule"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Loss softIou() {
                                return new LossBugs.SoftIouZeroBranchOneOverU();
                            }
                        }),
                new Bug("bug-soft-iou-union-without-overlap", "loss.soft_iou",
                        Set.of(REFERENCE, "value is intersection over union",
                                "gradient follows the notes cases for binary targets",
                                "gradient for soft targets is the quotient rule"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Loss softIou() {
                                return new LossBugs.SoftIouUnionWithoutOverlap();
                            }
                        }),
                new Bug("bug-soft-iou-quotient-rule-plus", "loss.soft_iou",
                        Set.of(CENTRAL_OF_VALUE, REFERENCE, "gradient follows the notes cases for binary targets",
                                "gradient for soft targets is the quotient rule"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Loss softIou() {
                                return new LossBugs.SoftIouQuotientRulePlus();
                            }
                        }),
                new Bug("bug-l2-reg-gradient-missing-factor-2", "reg.l2",
                        Set.of(CENTRAL_OF_VALUE, REFERENCE, "gradient matches the closed form"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Regularizer l2Regularizer(double lambda) {
                                return new LossBugs.L2RegularizerMissingTwo(lambda);
                            }
                        }),
                new Bug("bug-l1-subgradient-nan-at-zero", "reg.l1",
                        // correct wherever w != 0, so only the checks that look at w = 0 see it
                        Set.of(FINITE, "subgradient at zero lies between minus lambda and lambda"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Regularizer l1Regularizer(double lambda) {
                                return new LossBugs.L1SignAsWOverAbsW(lambda);
                            }
                        }));
    }
}
