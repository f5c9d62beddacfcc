package nngrade.bugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import nngrade.engine.CheckResult;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.problems.Catalogue;
import nngrade.problems.Solutions;
import nngrade.reference.ReferenceSolutions;
import org.junit.jupiter.api.Test;

/** Same seed, same result, to the last character of every failure message. */
class SameSeedSameResultTest {

    private static final Grader GRADER = new Grader(Catalogue.load());

    @Test
    void gradingTwiceWithOneSeedGivesIdenticalResults() {
        Bug bug = SectionBBugs.all().get(0);
        assertEquals(outcomes(bug.submission().get(), 7), outcomes(bug.submission().get(), 7));
    }

    @Test
    void anotherSeedDrawsOtherInputs() {
        Bug bug = SectionBBugs.all().get(0);
        assertNotEquals(outcomes(bug.submission().get(), 7), outcomes(bug.submission().get(), 8));
    }

    private static List<String> outcomes(Solutions submission, long seed) {
        return GRADER.grade(new GradeRequest(submission, new ReferenceSolutions(), Set.of("act.relu"), seed, true,
                        GradeRequest.DEFAULT_CHECK_TIMEOUT))
                .scores().stream()
                .flatMap(s -> s.checks().stream())
                .map(CheckResult::detail)
                .toList();
    }
}
