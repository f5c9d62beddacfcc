package nngrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nngrade.bugs.Grading;
import nngrade.engine.ProblemScore;
import nngrade.reference.ReferenceSolutions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standard way to grade the reference in tests: one test per problem id, public checks only,
 * full marks expected.
 *
 * <p>Public checks only, because a reference checked against itself proves nothing: this is the
 * test suite PIT runs on mutants of the reference (the {@code mutation} profile, see
 * docs/mutation-score.md). One test per problem lets PIT run, for each mutant, only the problems
 * whose checks reach the mutated code.
 */
class ReferencePassesPublicChecksTest {

    static Stream<String> problemsWithPublicChecks() {
        return Grading.problemsWithPublicChecks().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problemsWithPublicChecks")
    void referenceEarnsFullMarksFromPublicChecks(String problemId) {
        ProblemScore score = Grading.asStudent(new ReferenceSolutions(), Set.of(problemId)).score(problemId);
        assertNotNull(score, problemId + " has public checks but was not graded");
        List<String> failures = score.checks().stream()
                .filter(c -> !c.passed())
                .map(c -> c.name() + ": " + c.summary())
                .toList();
        assertEquals(List.of(), failures);
        assertEquals(score.possible(), score.earned(), 1e-9);
    }
}
