package nngrade.feedback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The feedback page's "expected / yours" table reads the checks' own sentences: these are the
 * outputs of carol's ELU (examples/submissions/carol) as the batch kept them.
 */
class CheckFailureTest {

    @Test
    void aValueCheckGivesExpectedAndActualWithoutTheMiss() {
        assertArrayEquals(new String[] {"1.8195919791379003", "-1.1804080208620997"},
                CheckFailure.expectedAndActual("backward (dx) at the points off the kinks[0]: expected 1.8195919791379003, "
                        + "got -1.1804080208620997: off by 3, 165% of 1.82 (allowed 1.82e-9)"));
    }

    @Test
    void aGradientCheckGivesTheCentralDifferenceAsExpected() {
        assertArrayEquals(new String[] {"1.8195919792000759", "-1.1804080208620997"},
                CheckFailure.expectedAndActual("dx[0]: your gradient is -1.1804080208620997, but central differences of "
                        + "your own forward give 1.8195919792000759 (+- 4.19e-9 rounding): off by 3, 165% of 1.82"));
    }

    @Test
    void aSentenceWithoutBothValuesGivesNone() {
        assertArrayEquals(new String[] {"", ""},
                CheckFailure.expectedAndActual("derivative at the kink x = 0.0 is 0.0, expected a value in [1.0, 1.5]"));
    }

    @Test
    void theInputAndTheFormulaAreTakenApart() {
        CheckFailure f = CheckFailure.parse("agrees with the reference", 0.64, "backward (dx)[0]: expected 1.5, got 2.0\n"
                + "smallest failing input: x = [-0.5], dy = [2.0] (found after 2 example(s), seed 20260101)\n\n"
                + "formula: x if x > 0 else alpha (e^x - 1)");
        assertEquals("x = [-0.5], dy = [2.0] (found after 2 example(s), seed 20260101)", f.input());
        assertEquals("x if x > 0 else alpha (e^x - 1)", f.formula());
        assertEquals("backward (dx)[0]: expected 1.5, got 2.0", f.message());
        assertEquals("1.5", f.expected());
        assertEquals("2.0", f.actual());
    }
}
