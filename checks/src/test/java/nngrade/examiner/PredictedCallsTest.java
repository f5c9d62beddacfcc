package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import nngrade.checks.api.Subjects;
import nngrade.problems.Solutions;
import nngrade.problems.activations.Activation;
import nngrade.problems.optimizers.Optimizer;
import nngrade.reference.ReferenceSolutions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A prediction holds the calls a check makes whatever the submission answers, and nothing
 * computed from the reference's answers: those would tell the submission what the reference
 * gives.
 */
class PredictedCallsTest {

    private static final Solutions REFERENCE = new ReferenceSolutions();
    private static final Solutions SUBMISSION = new Solutions() {
    };

    @AfterEach
    void clear() {
        Subjects.clear();
    }

    private static int predicted(Runnable check) {
        Subjects.install(SUBMISSION, REFERENCE);
        List<byte[]> calls = PredictedCalls.of(check, SUBMISSION, REFERENCE);
        assertEquals(SUBMISSION, Subjects.submission(), "the submission is put back after the rehearsals");
        return calls.size();
    }

    @Test
    void callsOnTheChecksOwnInputsArePredicted() {
        assertEquals(4, predicted(() -> {
            Activation relu = Subjects.submission().relu(); // the factory's call is predicted too
            relu.forward(new double[] {1, -2});
            relu.forward(new double[] {3});
            relu.backward(new double[] {1, -2}, new double[] {1, 1});
        }));
    }

    @Test
    void aCallOnAnAnswerIsNotPredicted() {
        assertEquals(2, predicted(() -> {
            Activation sigmoid = Subjects.submission().sigmoid();
            double[] y = sigmoid.forward(new double[] {0.5, -1});
            sigmoid.backward(y, new double[] {1, 1}); // would carry the reference's y
            sigmoid.forward(new double[] {2});
        }));
    }

    @Test
    void aCallOnSomethingComputedFromAnAnswerIsNotPredicted() {
        assertEquals(2, predicted(() -> {
            Activation tanh = Subjects.submission().tanh();
            double[] y = tanh.forward(new double[] {0.5, -1});
            tanh.forward(new double[] {1 - y[0] * y[0]});
        }));
    }

    @Test
    void aCallOnAnArrayTheReferenceUpdatedIsNotPredicted() {
        assertEquals(2, predicted(() -> {
            Optimizer sgd = Subjects.submission().sgd(0.1);
            double[] params = {1, 2};
            sgd.step(params, new double[] {0.5, 0.5}); // params now hold the reference's update
            sgd.step(params, new double[] {0.5, 0.5});
        }));
    }

    @Test
    void aCallThatBranchesOnAnAnswerIsPredictedOnlyIfBothRehearsalsMakeIt() {
        assertEquals(2, predicted(() -> {
            Activation relu = Subjects.submission().relu();
            double[] y = relu.forward(new double[] {0.25});
            if (y[0] == 0.25) { // true for the reference's answer, false for the nudged one
                relu.forward(new double[] {7});
            }
        }));
    }

    @Test
    void nothingIsPredictedPastACallThatPassesAnythingButData() {
        assertEquals(1, predicted(() -> {
            Subjects.submission().dropout(0.5).forwardTrain(new double[] {1, 2}, new Random(1));
        }));
    }

    @Test
    void aPredictionStopsAtItsLimit() {
        assertEquals(PredictedCalls.MAX_CALLS, predicted(() -> {
            Activation relu = Subjects.submission().relu();
            for (int i = 0; i < PredictedCalls.MAX_CALLS + 10; i++) {
                relu.forward(new double[] {i});
            }
        }));
    }
}
