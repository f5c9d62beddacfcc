package nngrade.bugs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nngrade.checks.api.CheckSettings;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.problems.Catalogue;
import nngrade.problems.Solutions;
import nngrade.reference.ReferenceSolutions;

/** Grades a submission the way an instructor does: every check, the reference available. */
public final class Grading {

    private static final Grader GRADER = new Grader(Catalogue.load());

    private Grading() {
    }

    public static GradeReport asInstructor(Solutions submission) {
        return GRADER.grade(new GradeRequest(submission, new ReferenceSolutions(), Set.of(),
                CheckSettings.DEFAULT_SEED, true, GradeRequest.DEFAULT_CHECK_TIMEOUT));
    }

    public static GradeReport asInstructor(Solutions submission, Set<String> problems) {
        return GRADER.grade(new GradeRequest(submission, new ReferenceSolutions(), problems,
                CheckSettings.DEFAULT_SEED, true, GradeRequest.DEFAULT_CHECK_TIMEOUT));
    }

    public static GradeReport asStudent(Solutions submission) {
        return asStudent(submission, Set.of());
    }

    /** Grades as a student's machine does: public checks only, no reference to compare with. */
    public static GradeReport asStudent(Solutions submission, Set<String> problems) {
        return GRADER.grade(new GradeRequest(submission, null, problems,
                CheckSettings.DEFAULT_SEED, false, GradeRequest.DEFAULT_CHECK_TIMEOUT));
    }

    /** @return the id of every problem with at least one public check, in the order checks run */
    public static List<String> problemsWithPublicChecks() {
        return GRADER.inventory().entrySet().stream()
                .filter(e -> e.getValue()[0] > 0)
                .map(Map.Entry::getKey)
                .toList();
    }
}
