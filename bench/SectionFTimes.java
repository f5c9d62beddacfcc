import java.time.Duration;
import java.util.List;
import java.util.Set;
import nngrade.checks.api.CheckSettings;
import nngrade.engine.CheckResult;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.problems.Catalogue;
import nngrade.problems.Solutions;

/**
 * Times section F's checks on the reference, in one JVM: every check of the five babysit.*
 * problems, public and instructor-only, graded ROUNDS times in a row. The first round pays for
 * class loading and the JIT, as a student's first `nngrade check` does; the later ones show the
 * steady state. Run by bench/section-f.sh (java's single-file launcher, the grader's jar on the
 * class path).
 */
public class SectionFTimes {

    static final Set<String> SECTION_F = Set.of("babysit.initial_loss", "babysit.overfit_small",
            "babysit.lr_diagnosis", "babysit.random_search", "babysit.update_ratio");

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Solutions reference = (Solutions) Class.forName("nngrade.reference.ReferenceSolutions")
                .getDeclaredConstructor().newInstance();
        Grader grader = new Grader(Catalogue.load());
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        for (int round = 1; round <= rounds; round++) {
            long cpu = os.getProcessCpuTime();
            GradeReport report = grader.grade(new GradeRequest(reference, reference, SECTION_F,
                    CheckSettings.DEFAULT_SEED, true, Duration.ofSeconds(60)));
            List<CheckResult> checks = report.scores().stream().flatMap(s -> s.checks().stream()).toList();
            long sum = checks.stream().mapToLong(CheckResult::millis).sum();
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            System.out.printf("round %d: %d checks of section F on the reference, %.2f s in the checks"
                    + " (%.2f s with discovery; the JVM used %.2f s of CPU), %.2f / %.2f points%n", round,
                    checks.size(), sum / 1000.0, report.millis() / 1000.0, cpuSeconds, report.earned(),
                    report.possible());
            if (round == rounds) {
                checks.stream().sorted((a, b) -> Long.compare(b.millis(), a.millis())).forEach(c ->
                        System.out.printf("  %6d ms  %s: %s%n", c.millis(), c.problemId(), c.name()));
            }
        }
    }
}
