package nngrade.bugs;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nngrade.bugs.babysitting.SlippedDiagnosis;
import nngrade.bugs.babysitting.SlippedNet;
import nngrade.bugs.babysitting.SlippedRatio;
import nngrade.bugs.babysitting.SlippedSearch;
import nngrade.bugs.babysitting.SlippedTrainer;
import nngrade.problems.Solutions;
import nngrade.problems.babysitting.LearningRateDiagnosis;
import nngrade.problems.babysitting.RandomSearch;
import nngrade.problems.babysitting.Trainer;
import nngrade.problems.babysitting.TwoLayerNet;
import nngrade.problems.babysitting.UpdateRatio;
import nngrade.reference.ReferenceSolutions;

/**
 * Realistic mistakes in section F, babysitting the learning process, one per submission: the
 * issue's list (a loss averaged over the wrong axis, a regularization gradient missing its factor,
 * an accuracy computed on the wrong set, an early stop that never fires, linear instead of
 * log-uniform sampling, a ratio with the update of the wrong layer) and the usual slips around
 * them. Each is the reference with one problem's object replaced.
 */
final class BabysittingBugs {

    private BabysittingBugs() {
    }

    static List<Bug> all() {
        return List.of(
                net(SlippedNet.Slip.AVERAGED_OVER_CLASSES, Set.of(
                        "initial loss is near ln c with small weights and no regularization",
                        "loss is the mean cross entropy of its own scores",
                        "agrees with the reference on generated networks")),
                net(SlippedNet.Slip.REG_GRADIENT_MISSING_ITS_FACTOR_2, Set.of(
                        "gradients of every parameter match central differences of the loss",
                        "agrees with the reference on generated networks")),
                net(SlippedNet.Slip.REGULARIZES_THE_BIASES, Set.of(
                        "cranking up regularization raises the loss by reg times the squared weights",
                        "loss is the mean cross entropy of its own scores",
                        "agrees with the reference on generated networks")),
                net(SlippedNet.Slip.RELU_BACKWARD_WITHOUT_ITS_MASK, Set.of(
                        "gradients of every parameter match central differences of the loss",
                        "agrees with the reference on generated networks")),
                net(SlippedNet.Slip.SOFTMAX_WITHOUT_SUBTRACTING_THE_MAX, Set.of(
                        "loss is the mean cross entropy of its own scores")),
                trainer(SlippedTrainer.Slip.ACCURACY_ON_THE_WHOLE_SET, Set.of(
                        "reports the training accuracy of the weights it returns")),
                trainer(SlippedTrainer.Slip.TRAINS_ON_THE_LAST_EXAMPLES, Set.of(
                        "takes vanilla sgd steps on the first examples without regularization",
                        "reports the training accuracy of the weights it returns")),
                trainer(SlippedTrainer.Slip.LEAVES_REGULARIZATION_ON, Set.of(
                        "loss curve is the training loss and essentially decreases",
                        "takes vanilla sgd steps on the first examples without regularization")),
                trainer(SlippedTrainer.Slip.CLIMBS_THE_GRADIENT, Set.of(
                        "reaches training accuracy one within the budget",
                        "loss curve is the training loss and essentially decreases",
                        "takes vanilla sgd steps on the first examples without regularization")),
                trainer(SlippedTrainer.Slip.TIES_GO_TO_THE_LAST_CLASS, Set.of(
                        "reports the accuracy of tied scores by the first largest")),
                diagnosis(SlippedDiagnosis.Slip.EARLY_STOP_NEVER_FIRES, Set.of(
                        "stops as soon as the cost exceeds three times the initial cost")),
                diagnosis(SlippedDiagnosis.Slip.REG_NOT_PASSED_ON, Set.of(
                        "trains every iteration while the cost stays below three times")),
                diagnosis(SlippedDiagnosis.Slip.NAN_NOT_DETECTED, Set.of(
                        "diagnoses real runs from too low to too high",
                        "diagnoses the edge cases of the rules",
                        "follows the rules on generated curves")),
                diagnosis(SlippedDiagnosis.Slip.EXPLOSION_MEASURED_FROM_THE_PREVIOUS_LOSS, Set.of(
                        "diagnoses the edge cases of the rules")),
                diagnosis(SlippedDiagnosis.Slip.READS_ONLY_THE_FIRST_TEN_LOSSES, Set.of(
                        "diagnoses the edge cases of the rules",
                        "follows the rules on generated curves")),
                diagnosis(SlippedDiagnosis.Slip.END_AT_THE_BOUND_COUNTS_AS_UP, Set.of(
                        "diagnoses the edge cases of the rules")),
                search(SlippedSearch.Slip.COMPARATOR_NEVER_SAYS_AFTER, Set.of(
                        "narrowing ranks sixty four trials as the rule says")),
                search(SlippedSearch.Slip.LINEAR_INSTEAD_OF_LOG_UNIFORM, Set.of(
                        "samples are log uniform in their range",
                        "coarse to fine narrows around the best rates of real runs")),
                search(SlippedSearch.Slip.IGNORES_THE_GIVEN_GENERATOR, Set.of(
                        "draws from the given generator only")),
                search(SlippedSearch.Slip.KEEPS_THE_WORST_TRIALS, Set.of(
                        "narrowing keeps the range of the best trials",
                        "narrowing ranks sixty four trials as the rule says",
                        "coarse to fine narrows around the best rates of real runs")),
                search(SlippedSearch.Slip.NAN_SCORES_RANK_FIRST, Set.of(
                        "narrowing keeps the range of the best trials",
                        "narrowing ranks sixty four trials as the rule says",
                        "coarse to fine narrows around the best rates of real runs")),
                ratio(SlippedRatio.Slip.UPDATE_OF_THE_WRONG_LAYER, Set.of(
                        "ratios are exact on given tensors",
                        "about one thousandth on a healthy run")),
                ratio(SlippedRatio.Slip.WITHOUT_THE_LEARNING_RATE, Set.of(
                        "ratios are exact on given tensors",
                        "about one thousandth on a healthy run",
                        "the notes example gives one hundredth")),
                ratio(SlippedRatio.Slip.LARGEST_ENTRIES_INSTEAD_OF_NORMS, Set.of(
                        "ratios are exact on given tensors",
                        "about one thousandth on a healthy run")));
    }

    private static Bug net(SlippedNet.Slip slip, Set<String> failing) {
        return bug("initial-loss", slip, "babysit.initial_loss", failing, () -> new ReferenceSolutions() {
            @Override
            public TwoLayerNet twoLayerNet() {
                return new SlippedNet(slip);
            }
        });
    }

    private static Bug trainer(SlippedTrainer.Slip slip, Set<String> failing) {
        return bug("overfit", slip, "babysit.overfit_small", failing, () -> new ReferenceSolutions() {
            @Override
            public Trainer overfitTrainer() {
                return new SlippedTrainer(slip);
            }
        });
    }

    private static Bug diagnosis(SlippedDiagnosis.Slip slip, Set<String> failing) {
        return bug("lr", slip, "babysit.lr_diagnosis", failing, () -> new ReferenceSolutions() {
            @Override
            public LearningRateDiagnosis learningRateDiagnosis() {
                return new SlippedDiagnosis(slip);
            }
        });
    }

    private static Bug search(SlippedSearch.Slip slip, Set<String> failing) {
        return bug("search", slip, "babysit.random_search", failing, () -> new ReferenceSolutions() {
            @Override
            public RandomSearch randomSearch() {
                return new SlippedSearch(slip);
            }
        });
    }

    private static Bug ratio(SlippedRatio.Slip slip, Set<String> failing) {
        return bug("ratio", slip, "babysit.update_ratio", failing, () -> new ReferenceSolutions() {
            @Override
            public UpdateRatio updateRatio() {
                return new SlippedRatio(slip);
            }
        });
    }

    /** @return "bug-" + the problem's short name + the slip in words, e.g. bug-ratio-update-of-the-wrong-layer */
    private static Bug bug(String area, Enum<?> slip, String problemId, Set<String> failing,
            Supplier<Solutions> submission) {
        String name = "bug-" + area + "-" + slip.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return new Bug(name, problemId, failing, submission);
    }
}
