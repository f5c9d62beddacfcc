package nngrade.checks.regularization;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.problems.Solutions;
import nngrade.problems.regularization.Dropout;
import org.junit.jupiter.api.Test;

/**
 * reg.dropout_classic: train y_i = kept_i x_i, test y = p x, so that "output at test time =
 * expected output at training time".
 */
@ProblemId("reg.dropout_classic")
class ClassicDropoutChecks extends DropoutContract {

    @Override
    protected Dropout of(Solutions solutions, double p) {
        return solutions.dropoutClassic(p);
    }

    @Override
    protected double trainScale(double p) {
        return 1;
    }

    @Override
    protected double testScale(double p) {
        return p;
    }

    @Test
    @Weight(2)
    void droppedUnitsAreZeroAndKeptOnesPassUnchanged() {
        expectTrainOutputScaledBy("y_i = x_i where kept, 0 where dropped (no scaling at train time)");
    }

    @Test
    @Weight(3)
    void testOutputIsTheMeanTrainingOutput() {
        expectMeanTrainOutput("output at test time = expected output at training time",
                p -> subject(p).forwardTest(X.clone()));
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void testModeScalesByP() {
        expectTestOutputScaledBy("y = p x at test time");
    }
}
