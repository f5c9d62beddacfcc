package nngrade.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import nngrade.batch.BatchRequest;
import nngrade.batch.Limits;
import nngrade.batch.SingleSubmission;
import nngrade.checks.api.CheckSettings;
import nngrade.engine.CheckObserver;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.feedback.FeedbackPage;
import nngrade.feedback.Pictures;
import nngrade.feedback.PlotJson;
import nngrade.handout.Assignment;
import nngrade.host.NotStarted;
import nngrade.lms.ResultFormat;
import nngrade.problems.Catalogue;
import nngrade.problems.Solutions;
import nngrade.report.ConsoleReport;
import nngrade.report.GradescopeJson;
import nngrade.submission.Compilation;
import nngrade.submission.CompileCache;
import nngrade.submission.CompileError;
import nngrade.submission.FallbackCompiler;
import nngrade.submission.Intake;
import nngrade.submission.IntakeRefused;
import nngrade.submission.SubmissionLoader;
import nngrade.submission.SubmissionStatus;
import nngrade.submission.TemplateSources;
import nngrade.submission.UntouchedProblems;
import nngrade.submission.WorkFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs the checks against one implementation and prints the score table. A submission is taken in
 * and compiled as `grade` does it: a folder or a .zip, a broken file set aside (its problems score
 * 0) and the rest checked. Exit code 0 when every check passed, 1 when some failed, 2 when nothing
 * could be compiled or loaded, or the command was wrong.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run the checks against the reference, the template, or a submission (folder or .zip).")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", defaultValue = "template", paramLabel = "TARGET",
            description = "reference, template (student-template/src/main/java, where a student works), "
                    + "or the path of a folder of sources or a .zip. Default: ${DEFAULT-VALUE}.")
    String target;

    @Option(names = "--problem", paramLabel = "ID", description = "Check this problem (repeatable).")
    List<String> problems = new ArrayList<>();

    @Option(names = "--section", paramLabel = "S", split = ",", description = "Check every problem of these sections, e.g. --section A,B.")
    List<String> sections = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the result in Gradescope's results.json format "
            + "(or the one --format names).")
    Path json;

    @Option(names = "--format", paramLabel = "FORMAT", converter = ResultFormatConverter.class, description = "Format of the --json file: gradescope, "
            + "prairielearn (PrairieLearn's external grader results) or classroom (a GitHub Classroom runner's result). "
            + "Default: ${DEFAULT-VALUE}.")
    ResultFormat format = ResultFormat.GRADESCOPE;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a feedback page: the score table, every "
            + "failed check taken apart, and plots of the problems that lost points (one self-contained HTML file).")
    Path html;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated inputs (default: ${DEFAULT-VALUE}).")
    long seed = CheckSettings.DEFAULT_SEED;

    @Option(names = "--public-only", description = "Run only the public checks, as on a student's machine without the reference.")
    boolean publicOnly;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Limit of every check in seconds, as for "
            + "grade --check-timeout (default: each check's own limit, the larger of 2 s and 20 times the "
            + "reference's time on it, plus 20 us per call into the submission and 150 us per call that crosses alone). Run in this JVM (without --isolated "
            + "or --json), every check gets 10 s of the clock.")
    Long timeoutSeconds;

    @Option(names = "--memory", paramLabel = "MB", description = "Heap of the submission's JVM in MB, when it runs in "
            + "a JVM of its own (default: the grader's).")
    Integer memoryMegabytes;

    @Option(names = "--isolated", description = "Run the submission in a sandboxed JVM of its own, exactly as it is "
            + "graded (always so with --json, except for the reference, which is trusted).")
    boolean isolated;

    @Override
    public Integer call() throws Exception {
        Catalogue catalogue = Catalogue.load();
        Set<String> selected;
        try {
            selected = ProblemSelection.resolve(catalogue, new Grader(catalogue).problemsWithChecks(), problems, sections);
        } catch (ProblemSelection.Invalid e) {
            return usageError(e.getMessage());
        }
        if (problems.isEmpty() && sections.isEmpty()) {
            selected = Assignment.problems(); // a handout checks what it assigns (empty: everything)
        }
        if (timeoutSeconds != null && timeoutSeconds <= 0) {
            return usageError("--timeout must be a positive number of seconds, not " + timeoutSeconds);
        }
        if (memoryMegabytes != null && memoryMegabytes < GradeCommand.MEMORY_FLOOR_MB) {
            return usageError("--memory must be at least " + GradeCommand.MEMORY_FLOOR_MB + " MB, not " + memoryMegabytes);
        }
        if (target.equals("reference")) {
            return check(Targets.reference().orElseThrow(() -> new IllegalArgumentException(
                    "this build of nngrade has no reference (a student handout)")), List.of(), selected, "the reference", true,
                    Set.of());
        }
        Path submission = Targets.submissionOf(target);
        if (!Files.exists(submission)) {
            return usageError("no such folder or .zip: " + submission);
        }
        if (isolated || json != null) {
            return isolated(submission, selected);
        }
        try (WorkFolder work = WorkFolder.create("nngrade-check-")) {
            Intake.Taken taken = Intake.take(submission, work.newFolder("intake"));
            Path template = TemplateSources.bundled(work.path());
            Compilation compiled = compile(taken.sources(), template, work);
            List<String> notes = new ArrayList<>(taken.notes());
            notes.addAll(compiled.notes());
            return check(SubmissionLoader.instantiate(compiled.classes()), notes, selected, submission.toString(), false,
                    UntouchedProblems.of(taken.sources(), template));
        } catch (IntakeRefused | CompileError e) {
            System.err.println("nngrade: " + e.getMessage());
            return 2;
        }
    }

    /**
     * Compiles the sources, or takes their classes from the last checks' ({@link CompileCache})
     * when nothing was edited since.
     */
    private static Compilation compile(Path sources, Path template, WorkFolder work) throws IOException, CompileError {
        Optional<CompileCache> cache = CompileCache.besideTheJar();
        String key = cache.isPresent() ? cache.get().key(sources) : null;
        Optional<Compilation> kept = cache.isPresent() ? cache.get().find(key, work.newFolder("kept")) : Optional.empty();
        if (kept.isPresent()) {
            return kept.get();
        }
        Compilation compiled = FallbackCompiler.compile(sources, template, work.newFolder("compile"));
        cache.ifPresent(c -> c.keep(key, compiled));
        return compiled;
    }

    /**
     * Checks {@code subject}, named {@code what}, in this JVM: the reference itself, or a
     * submission's classes, whose {@code untouched} problems are settled without running.
     */
    private int check(Solutions subject, List<String> notes, Set<String> selected, String what,
            boolean isTheReference, Set<String> untouched) throws Exception {
        Optional<Solutions> reference = publicOnly ? Optional.empty() : Targets.reference();
        System.out.println("checking " + what + (reference.isPresent() ? "" : " (public checks only)")
                + (isTheReference ? ""
                        : ", in this JVM (fast; --isolated runs it as it is graded)"));
        notes.forEach(n -> System.out.println("note: " + n));
        Set<String> notStarted = new TreeSet<>(untouched);
        notStarted.addAll(NotStarted.problemsOf(subject));
        GradeReport report = grader(isTheReference).grade(new GradeRequest(subject, reference.orElse(null),
                selected, seed, reference.isPresent(),
                timeoutSeconds == null ? GradeRequest.DEFAULT_CHECK_TIMEOUT : Duration.ofSeconds(timeoutSeconds)),
                CheckObserver.NONE, notStarted);
        ConsoleReport.print(report, System.out);
        if (json != null || html != null) {
            ObjectNode result = GradescopeJson.toJson(report, notes);
            ObjectNode extra = (ObjectNode) result.get("extra_data");
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
     * @return the grader: one check class per core at once for the reference
     *     itself, which shares no state between its objects (CI's `check reference` takes half the
     *     time on two cores), one check at a time for a submission, whose static state could make
     *     its grade depend on the order checks ran in ({@link Grader#classesAtOnce})
     */
    private static Grader grader(boolean isTheReference) {
        Grader grader = new Grader(Catalogue.load());
        return isTheReference ? grader.classesAtOnce(Runtime.getRuntime().availableProcessors()) : grader;
    }

    /**
     * Grades the submission as a batch grades one: compiled in a worker process, its code in a
     * sandboxed JVM of its own, the checks in an examiner JVM; this process runs none of it and
     * writes only what the examiner reported.
     */
    private int isolated(Path submission, Set<String> selected) throws Exception {
        boolean instructor = !publicOnly && Targets.reference().isPresent();
        System.out.println("checking " + submission + (instructor ? "" : " (public checks only)")
                + ", in a sandboxed JVM of its own, as it is graded");
        Limits defaults = Limits.defaults();
        Limits limits = new Limits(defaults.submissionTimeout(),
                timeoutSeconds == null ? null : Duration.ofSeconds(timeoutSeconds),
                memoryMegabytes == null ? defaults.heapMegabytes() : memoryMegabytes,
                defaults.maxRestarts());
        SingleSubmission.Result result = SingleSubmission.grade(submission, submission.getFileName().toString(),
                new BatchRequest(selected, seed, instructor), limits);
        result.notes().forEach(n -> System.out.println("note: " + n));
        ConsoleReport.print(result.report(), System.out);
        writeFiles(result.json());
        if (!result.status().inStatistics() || result.status() == SubmissionStatus.NOT_COMPILED) {
            System.err.println("nngrade: " + result.status().label());
            return 2;
        }
        return result.report().earned() == result.report().possible() ? 0 : 1;
    }

    /** Writes the --json file in its format and the --html page, as asked. */
    private void writeFiles(ObjectNode result) throws IOException {
        if (json != null) {
            format.write(result, json);
            System.out.println("wrote " + json + (format == ResultFormat.GRADESCOPE ? "" : " (" + format + ")"));
        }
        if (html != null) {
            FeedbackPage.write(result, name(), FeedbackPage.Reader.RUNNER, html);
            System.out.println("wrote " + html);
        }
    }

    /** @return who the feedback page is for: the folder's or zip's name, or "reference" */
    private String name() {
        return target.equals("reference") ? target
                : Targets.submissionOf(target).toAbsolutePath().normalize().getFileName().toString();
    }

    private static int usageError(String sentence) {
        System.err.println("nngrade check: " + sentence);
        return 2;
    }
}
