package nngrade.checks.regularization;

import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Weight;
import nngrade.problems.Solutions;
import nngrade.problems.regularization.Dropout;
import org.junit.jupiter.api.Test;

/**
 * reg.dropout, inverted dropout: train y_i = kept_i x_i / p, so E[y] = x; test time unchanged
 * ("more common: inverted dropout, test time is unchanged").
 */
@ProblemId("reg.dropout")
class InvertedDropoutChecks extends DropoutContract {

    @Override
    protected Dropout of(Solutions solutions, double p) {
        return solutions.dropout(p);
    }

    @Override
    protected double trainScale(double p) {
        return 1 / p;
    }

    @Override
    protected double testScale(double p) {
        return 1;
    }

    @Test
    @Weight(2)
    void droppedUnitsAreZeroAndKeptOnesAreScaledByOneOverP() {
        expectTrainOutputScaledBy("y_i = x_i / p where kept, 0 where dropped");
    }

    @Test
    @Weight(3)
    void meanOutputOverManyMasksIsTheInput() {
        expectMeanTrainOutput("E[y] = x (that is what the scale 1/p is for)", p -> X.clone());
    }

    @Test
    @Weight(1)
    void testModeIsTheIdentity() {
        expectTestOutputScaledBy("y = x, test time is unchanged");
    }
}
