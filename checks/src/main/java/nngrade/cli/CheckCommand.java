package nngrade.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nngrade.batch.BatchGrader;
import nngrade.batch.BatchRequest;
import nngrade.batch.Limits;
import nngrade.checks.api.CheckSettings;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.problems.Catalogue;
import nngrade.problems.Solutions;
import nngrade.report.ConsoleReport;
import nngrade.report.GradescopeJson;
import nngrade.feedback.FeedbackPage;
import nngrade.feedback.Pictures;
import nngrade.feedback.PlotJson;
import nngrade.handout.Assignment;
import nngrade.lms.ResultFormat;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nngrade.submission.CompileError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs the checks against one implementation and prints the score table. Exit code 0 when every
 * check passed, 1 when some failed, 2 when the submission could not be loaded or the command was
 * wrong.
 */
@Command(name = "check", description = "Run the checks against the reference, the template, or a folder of sources.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", defaultValue = "template", paramLabel = "TARGET",
            description = "reference, template (student-template/src/main/java, where a student works), "
                    + "or the path of a folder of sources. Default: ${DEFAULT-VALUE}.")
    String target;

    @Option(names = "--problem", paramLabel = "ID", description = "Check only this problem (repeatable).")
    List<String> problems = new ArrayList<>();

    @Option(names = "--section", paramLabel = "S", description = "Check only the problems of this section (A to F; repeatable).")
    List<String> sections = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the result in Gradescope's results.json format.")
    Path json;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated inputs (default: ${DEFAULT-VALUE}).")
    long seed = CheckSettings.DEFAULT_SEED;

    @Option(names = "--public-only", description = "Run only the public checks, as on a student's machine without the reference.")
    boolean publicOnly;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time limit of every check (default: in the "
            + "isolated mode each check's own limit, the larger of 1 s and 20 times the reference's time on it; in-process "
            + "20 s).")
    Long timeoutSeconds;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Format of the --json file: gradescope, "
            + "prairielearn (PrairieLearn's external grader results) or classroom (a GitHub Classroom runner's result). "
            + "Default: ${DEFAULT-VALUE}.")
    ResultFormat format = ResultFormat.GRADESCOPE;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a feedback page: the score table, every "
            + "failed check taken apart, and plots of the problems that lost points (one self-contained HTML file).")
    Path html;

    @Option(names = "--memory", paramLabel = "MB", description = "Heap of the submission's JVM in MB, when it runs in "
            + "a JVM of its own (default: the grader's).")
    Integer memoryMegabytes;

    @Option(names = "--isolated", description = "Run the submission in a sandboxed JVM of its own, as when it is graded "
            + "(always so with --json, except for the reference).")
    boolean isolated;

    @Override
    public Integer call() throws Exception {
        Catalogue catalogue = Catalogue.load();
        catalogue.all().stream().filter(p -> sections.contains(p.section())).forEach(p -> problems.add(p.id()));
        if (problems.isEmpty()) {
            problems.addAll(Assignment.problems()); // a handout checks what it assigns
        }
        for (String id : problems) {
            if (catalogue.find(id).isEmpty()) {
                System.err.println("nngrade: unknown problem id '" + id + "' (see nngrade list)");
                return 2;
            }
        }
        Optional<Solutions> reference = publicOnly ? Optional.empty() : Targets.reference();
        if (!target.equals("reference") && (isolated || json != null)) {
            return isolated(reference.isPresent());
        }
        Solutions subject;
        try {
            subject = Targets.load(target);
        } catch (CompileError e) {
            System.err.println("nngrade: " + e.getMessage());
            return 2;
        }
        System.out.println("checking " + describe() + (reference.isPresent() ? "" : " (public checks only)")
                + (target.equals("reference") ? "" : ", in this JVM (fast; --isolated runs it as it is graded)"));
        GradeReport report = new Grader(catalogue).grade(new GradeRequest(subject, reference.orElse(null),
                new LinkedHashSet<>(problems), seed, reference.isPresent(),
                timeoutSeconds == null ? GradeRequest.DEFAULT_CHECK_TIMEOUT : Duration.ofSeconds(timeoutSeconds)));
        ConsoleReport.print(report, System.out);
        if (json != null || html != null) {
            ObjectNode result = GradescopeJson.toJson(report);
            ObjectNode extra = result.putObject("extra_data");
            extra.put("student", name());
            if (html != null) {
                extra.set("plots", PlotJson.toJson(Pictures.draw(Pictures.worthDrawing(report), subject,
                        reference.orElse(null), Pictures.inThisJvm())));
            }
            writeFiles(result);
        }
        return report.earned() == report.possible() ? 0 : 1;
    }

    /**
     * Grades the target as a batch grades a submission: compiled in a worker process, its code
     * in a sandboxed JVM of its own, the checks in an examiner JVM; this process runs none of it
     * and writes only what the examiner reported.
     */
    private int isolated(boolean instructor) throws Exception {
        Path submission = Targets.submissionOf(target);
        System.out.println("checking " + describe() + (instructor ? "" : " (public checks only)")
                + ", in a sandboxed JVM of its own, as it is graded");
        Limits defaults = Limits.defaults();
        Limits limits = new Limits(defaults.submissionTimeout(),
                timeoutSeconds == null ? null : Duration.ofSeconds(timeoutSeconds),
                memoryMegabytes == null ? defaults.heapMegabytes() : memoryMegabytes,
                defaults.maxRestarts());
        BatchGrader grader = new BatchGrader(Targets.sourcesOf("template"),
                new BatchRequest(new LinkedHashSet<>(problems), seed, instructor), limits);
        BatchGrader.Graded graded = grader.gradeSingle(submission, submission.getFileName().toString());
        ConsoleReport.print(graded.report(), System.out);
        writeFiles(graded.json());
        if (!graded.compiled()) {
            System.err.println("nngrade: " + graded.json().path("extra_data").path("trouble").asText());
            return 2;
        }
        return graded.report().earned() == graded.report().possible() ? 0 : 1;
    }

    /** Writes the --json file in its format and the --html page, as asked. */
    private void writeFiles(ObjectNode result) throws java.io.IOException {
        if (json != null) {
            format.write(result, json);
            System.out.println("wrote " + json + (format == ResultFormat.GRADESCOPE ? "" : " (" + format + ")"));
        }
        if (html != null) {
            FeedbackPage.write(result, name(), html);
            System.out.println("wrote " + html);
        }
    }

    /** @return who the feedback page is for: the folder's name, or "template" / "reference" */
    private String name() {
        return target.equals("reference") || target.equals("template") ? target
                : Path.of(target).toAbsolutePath().normalize().getFileName().toString();
    }

    private String describe() {
        return switch (target) {
            case "reference" -> "the reference";
            case "template" -> "the template at " + Targets.sourcesOf(target);
            default -> Targets.sourcesOf(target).toString();
        };
    }
}
