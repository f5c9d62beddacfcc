package nngrade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** A check that runs out of time is named as the report names it, never by its JUnit method. */
class FailureTextTest {

    @Test
    void aTimeoutSaysHowLongTheCheckRanWithoutTheJunitMethod() {
        Throwable junit = new TimeoutException("agreesWithTheReference() timed out after 3000 milliseconds");
        assertEquals(CheckStatus.TIMED_OUT, FailureText.status(junit));
        assertEquals("did not finish within 3 s (an infinite loop?): the grader stopped it", FailureText.summary(junit));
        assertEquals(FailureText.summary(junit), FailureText.detail(junit));
        assertEquals("did not finish within 1.5 s (an infinite loop?): the grader stopped it",
                FailureText.summary(new TimeoutException("x() timed out after 1500 milliseconds")));
        assertEquals("did not finish within 20 s (an infinite loop?): the grader stopped it",
                FailureText.summary(new TimeoutException("x() timed out after 20 seconds")));
    }
}
