package nngrade.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nngrade.engine.CheckStatus;
import nngrade.engine.GradeReport;
import nngrade.engine.Grader;
import nngrade.problems.Catalogue;
import nngrade.submission.Intake;
import nngrade.submission.IntakeRefused;
import nngrade.submission.SubmissionStatus;
import nngrade.submission.TemplateSources;
import nngrade.submission.WorkFolder;

/**
 * One submission graded exactly as a batch grades it, in isolation: what {@code nngrade check
 * --json} (and {@code --isolated}) runs. This process takes the submission in as data and writes
 * what the examiner reported; it runs none of the submitted code and none of the checks.
 */
public final class SingleSubmission {

    /**
     * @param report the scores
     * @param status how far the submission got (graded, partly compiled, does not compile, ...)
     * @param json   the result file, as a batch writes it
     * @param notes  what went wrong, then what is worth knowing
     */
    public record Result(GradeReport report, SubmissionStatus status, ObjectNode json, List<String> notes) {
    }

    private SingleSubmission() {
    }

    /**
     * @param submission a folder of sources or a .zip
     * @param id         the id the result names (the folder's or zip's name)
     */
    public static Result grade(Path submission, String id, BatchRequest request, Limits limits)
            throws IOException, InterruptedException {
        Grader grader = new Grader(Catalogue.load());
        var planRequest = request.withoutSubmission(limits.checkTimeoutOrDefault());
        BatchPlan plan = new BatchPlan(grader, planRequest, grader.plan(planRequest));
        try (WorkFolder work = WorkFolder.create("nngrade-check-")) {
            Path template = TemplateSources.bundled(work.path());
            Examination exam;
            String fingerprint;
            try (IsolatedExaminer examiner = new IsolatedExaminer(request, limits, plan, template, template,
                    ExaminerJit.forBatch(1, 1))) {
                Intake.Taken taken = Intake.take(submission, work.newFolder("intake"));
                fingerprint = SubmissionFingerprint.of(taken);
                exam = examiner.examine(taken.sources(), work.newFolder("exam")).withTroubleFirst(taken.notes());
            } catch (IntakeRefused r) {
                fingerprint = SubmissionFingerprint.of(r);
                exam = Examination.notRun(plan.zero(CheckStatus.ERROR, "not run: " + r.getMessage()), r.status(),
                        r.getMessage());
            }
            ObjectNode json = ResultJson.of(id, exam, fingerprint,
                    new GradingSettings(request, plan.problems(), limits, template));
            List<String> notes = new ArrayList<>(exam.trouble());
            notes.addAll(exam.info());
            return new Result(exam.report(), exam.status(), json, notes);
        }
    }
}
