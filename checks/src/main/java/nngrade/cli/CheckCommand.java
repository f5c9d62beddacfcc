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

    @Option(names = "--isolated", description = "Run the submission in a sandboxed JVM of its own, as when it is graded "
            + "(always so with --json, except for the reference).")
    boolean isolated;

    @Override
    public Integer call() throws Exception {
        Catalogue catalogue = Catalogue.load();
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
        if (json != null) {
            GradescopeJson.write(report, json);
            System.out.println("wrote " + json);
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
                timeoutSeconds == null ? null : Duration.ofSeconds(timeoutSeconds), defaults.heapMegabytes(),
                defaults.maxRestarts());
        BatchGrader grader = new BatchGrader(Targets.sourcesOf("template"),
                new BatchRequest(new LinkedHashSet<>(problems), seed, instructor), limits);
        BatchGrader.Graded graded = grader.gradeSingle(submission, submission.getFileName().toString());
        ConsoleReport.print(graded.report(), System.out);
        if (json != null) {
            GradescopeJson.write(graded.json(), json);
            System.out.println("wrote " + json);
        }
        if (!graded.compiled()) {
            System.err.println("nngrade: " + graded.json().path("extra_data").path("trouble").asText());
            return 2;
        }
        return graded.report().earned() == graded.report().possible() ? 0 : 1;
    }

    private String describe() {
        return switch (target) {
            case "reference" -> "the reference";
            case "template" -> "the template at " + Targets.sourcesOf(target);
            default -> Targets.sourcesOf(target).toString();
        };
    }
}
