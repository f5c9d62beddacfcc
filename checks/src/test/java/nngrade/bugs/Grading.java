package nngrade.bugs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nngrade.checks.api.CheckSettings;
import nngrade.engine.CheckObserver;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.examiner.CheckLimits;
import nngrade.examiner.RemoteGrading;
import nngrade.examiner.RemoteSubmission;
import nngrade.problems.Catalogue;
import nngrade.problems.Solutions;
import nngrade.reference.ReferenceSolutions;

/** Grades a submission the way an instructor does: every check, the reference available. */
public final class Grading {

    private static final Grader GRADER = new Grader(Catalogue.load());
    /** Through the channel: long enough that no check of a correct implementation runs out. */
    private static final Duration GENEROUS = Duration.ofSeconds(120);

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

    /**
     * Grades as an instructor does, with the submission reached only through the channel: its
     * copies, updates, callbacks and mirrored generators, served by a loopback host on a thread of
     * this JVM.
     */
    public static GradeReport throughTheChannel(Solutions submission, Set<String> problems) {
        try (RemoteSubmission remote = RemoteSubmission.loopback(submission)) {
            return new RemoteGrading(GRADER, CheckLimits.fixed(GENEROUS)).grade(new GradeRequest(null,
                    new ReferenceSolutions(), problems, CheckSettings.DEFAULT_SEED, true, GENEROUS), remote,
                    CheckObserver.NONE);
        }
    }

    /** In-process, with the time limit {@link #throughTheChannel} gives. */
    static GradeReport inProcess(Solutions submission, Set<String> problems) {
        return GRADER.grade(new GradeRequest(submission, new ReferenceSolutions(), problems,
                CheckSettings.DEFAULT_SEED, true, GENEROUS));
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
