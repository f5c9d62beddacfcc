package nngrade.engine;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.CheckSettings;
import nngrade.checks.api.Subjects;
import nngrade.host.NotStarted;
import nngrade.problems.Catalogue;
import nngrade.problems.Problem;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The grading engine: runs the checks through the JUnit Platform Launcher against one submission
 * and turns their results into scores with the catalogue's points.
 *
 * <p>One run at a time per JVM: the checks reach the submission through {@link Subjects}.
 */
public final class Grader {

    /** Every check class lives under this package, in the class-path root of the checks module. */
    public static final String CHECKS_PATTERN = "nngrade\\.checks\\..*";

    private final Catalogue catalogue;
    private final int classesAtOnce;

    public Grader(Catalogue catalogue) {
        this(catalogue, 1);
    }

    private Grader(Catalogue catalogue, int classesAtOnce) {
        this.catalogue = catalogue;
        this.classesAtOnce = classesAtOnce;
    }

    /**
     * A grader that runs up to {@code threads} check classes at once, each class's checks in
     * order on one thread.
     *
     * <p>The report is the same because one class holds all of a problem's checks (a test keeps
     * it so) and runs them in order on one thread.
     *
     * <p>Only for an implementation whose objects share no state: its checks then cannot tell
     * what ran beside them. That holds for the reference (it keeps nothing static), not for a
     * submission, whose static fields could make one check's answers depend on another's calls
     * and a grade on the order checks happened to run in. A submission is graded one check at a
     * time, in process or not.
     *
     * @param threads check classes run at once, at least 1
     */
    public Grader classesAtOnce(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        return new Grader(catalogue, threads);
    }

    /** Runs the checks the request selects and scores them. */
    public GradeReport grade(GradeRequest request) {
        return grade(request, CheckObserver.NONE);
    }

    /**
     * Runs the checks the request selects, telling the observer as each starts and ends. A problem
     * whose factory method the submission does not override is settled at 0 without running its
     * checks ({@link NotStarted}).
     */
    public GradeReport grade(GradeRequest request, CheckObserver observer) {
        return grade(request, observer, NotStarted.problemsOf(request.submission()));
    }

    /**
     * Runs the checks the request selects, but settles those of {@code notStarted} at 0 without
     * running them ("not implemented yet"), as if each had thrown NotImplementedYet at once.
     */
    public GradeReport grade(GradeRequest request, CheckObserver observer, Collection<String> notStarted) {
        return grade(request, observer, notStarted, null);
    }

    /**
     * As {@link #grade(GradeRequest, CheckObserver, Collection)}, each check run as
     * {@code rehearsal} asks (see {@link RehearsalInterceptor}); null runs each check once.
     */
    public GradeReport grade(GradeRequest request, CheckObserver observer, Collection<String> notStarted,
            Rehearsal rehearsal) {
        synchronized (Grader.class) {
            long start = System.nanoTime();
            ScoringListener listener = new ScoringListener(observer);
            Set<String> excluded = new HashSet<>(request.excludedChecks());
            for (PlannedCheck p : notStarted.isEmpty() ? List.<PlannedCheck>of() : allChecks()) {
                if (notStarted.contains(p.problemId()) && request.runs(p.problemId(), p.name(), p.needsReference())) {
                    listener.settle(p.notStarted());
                    excluded.add(p.key());
                }
            }
            GradeRequest running = new GradeRequest(request.submission(), request.reference(), request.problems(),
                    request.seed(), request.runsInstructorChecks(), request.checkTimeout(), excluded);
            long previousSeed = CheckSettings.seed();
            try {
                CheckSettings.seed(request.seed());
                Subjects.install(request.submission(), request.reference());
                RehearsalInterceptor.install(rehearsal);
                HandedOver.open();
                List<ClassSelector> classes = checkClasses(running, notStarted);
                if (!classes.isEmpty()) {
                    launcher().execute(discovery(running, classes, classesAtOnce), listener);
                }
            } finally {
                HandedOver.close();
                RehearsalInterceptor.install(null);
                Subjects.clear();
                CheckSettings.seed(previousSeed);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            return report(request, listener.results(), millis);
        }
    }

    private List<PlannedCheck> allChecks;

    /** @return every check there is: from the plan index beside the jar, or else discovered, once */
    private synchronized List<PlannedCheck> allChecks() {
        if (allChecks == null) {
            allChecks = indexedPlan().orElseGet(this::discoverEveryCheck);
        }
        return allChecks;
    }

    private static volatile Optional<List<PlannedCheck>> indexedPlan;

    /** @return every check, as the plan index beside the jar lists it, read once per JVM; empty without one */
    private static Optional<List<PlannedCheck>> indexedPlan() {
        Optional<List<PlannedCheck>> found = indexedPlan;
        if (found == null) {
            found = CheckPlanIndex.besideTheJar(checksRoot());
            indexedPlan = found;
        }
        return found;
    }

    /** @return every check there is, found by a JUnit discovery of every check class */
    List<PlannedCheck> discoverEveryCheck() {
        return discoverPlan(null);
    }

    /**
     * @return the ids of the problems that have checks: those the check classes name, found
     *     without discovering every check ({@link #inventory} counts them, at twice the cost where
     *     there is no plan index beside the jar)
     */
    public Set<String> problemsWithChecks() {
        Set<String> ids = new LinkedHashSet<>();
        for (CheckClass c : checkClassesFound()) {
            if (c.problemId() == null) {
                return inventory().keySet(); // a class that names none: only its checks say
            }
            ids.add(c.problemId());
        }
        return ids;
    }

    /**
     * @return for each problem with checks, how many are public and how many instructor-only:
     *     {public, instructorOnly}
     */
    public Map<String, int[]> inventory() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (PlannedCheck c : allChecks()) {
            counts.computeIfAbsent(c.problemId(), k -> new int[2])[c.needsReference() ? 1 : 0]++;
        }
        return counts;
    }

    /**
     * @param request the request whose checks to list, or null for every check there is
     * @return the checks the request would run, in the order they run
     */
    public List<PlannedCheck> plan(GradeRequest request) {
        if (request == null) {
            return allChecks();
        }
        // what a plan depends on: an examiner plans every submission's alike, and discovery is 5% of its CPU
        List<Object> key = List.of(request.problems(), request.runsInstructorChecks(), request.excludedChecks());
        List<PlannedCheck> known = plans.get(key);
        if (known == null) {
            known = indexedPlan().isPresent() ? CheckPlanIndex.select(allChecks(), request) : discoverPlan(request);
            if (plans.size() >= MAX_PLANS) {
                plans.clear();
            }
            plans.put(key, known);
        }
        return known;
    }

    /** Plans kept, by what they depend on; a few suffice (one per kind of request a JVM serves). */
    private final Map<List<Object>, List<PlannedCheck>> plans = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_PLANS = 16;

    private List<PlannedCheck> discoverPlan(GradeRequest request) {
        var builder = LauncherDiscoveryRequestBuilder.request()
                .selectors(checkClasses(request))
                .filters(includeClassNamePatterns(CHECKS_PATTERN));
        if (request != null) {
            builder.filters(new CheckFilter(request));
        }
        var testPlan = launcher().discover(builder.build());
        List<PlannedCheck> checks = new ArrayList<>();
        for (var root : testPlan.getRoots()) {
            for (var id : testPlan.getDescendants(root)) {
                if (id.isTest()) {
                    CheckMethods.of(id.getSource()).ifPresent(checks::add);
                }
            }
        }
        return List.copyOf(checks);
    }

    /**
     * @return the folder or jar the checks were loaded from: only there are checks looked for, so
     *     tests that happen to share a package name never count as checks
     */
    private static Path checksRoot() {
        return GraderJar.locationOf(ProblemId.class);
    }

    private static Launcher launcher() {
        return LauncherFactory.create();
    }

    /** A class that holds checks, and the problem they check (null if it names none). */
    private record CheckClass(ClassSelector selector, String problemId) {
    }

    private static volatile List<CheckClass> checkClasses;

    /**
     * @param request the request, or null for every check
     * @return the classes that hold the request's checks, in the order JUnit finds them: found by
     *     scanning the checks' jar once per JVM (an examiner scanned its 12 MB twice for every
     *     submission), and only those of the problems asked for, so that checking one problem
     *     does not make JUnit read the other hundred classes
     */
    private static List<ClassSelector> checkClasses(GradeRequest request) {
        return checkClasses(request, Set.of());
    }

    /**
     * @param settled problems settled without running their checks ({@link NotStarted}): their
     *                classes are left out, since discovering a class costs as much whether its checks
     *                then run or are filtered out (discovery was a tenth of a warm examiner's CPU,
     *                and most submissions in a batch have not started half the problems)
     * @return the classes that hold checks of the request still to run
     */
    private static List<ClassSelector> checkClasses(GradeRequest request, Collection<String> settled) {
        return checkClassesFound().stream()
                .filter(c -> request == null || c.problemId() == null
                        || request.selects(c.problemId()) && !settled.contains(c.problemId()))
                .map(CheckClass::selector).toList();
    }

    private static List<CheckClass> checkClassesFound() {
        List<CheckClass> found = checkClasses;
        if (found == null) {
            found = CheckClassIndex.besideTheJar(checksRoot()).orElseGet(Grader::scanCheckClasses).stream()
                    .map(e -> new CheckClass(selectClass(e.className()), e.problemId())).toList();
            checkClasses = found;
        }
        return found;
    }

    /** @return every class that holds checks, with its problem id (null if it names none), as JUnit finds them */
    static List<CheckClassIndex.Entry> scanCheckClasses() {
        var plan = launcher().discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(Set.of(checksRoot())))
                .filters(includeClassNamePatterns(CHECKS_PATTERN)).build());
        List<CheckClassIndex.Entry> classes = new ArrayList<>();
        for (var engine : plan.getRoots()) {
            for (var top : plan.getChildren(engine)) { // a nested class comes with its outer one
                top.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                        .ifPresent(c -> classes.add(new CheckClassIndex.Entry(c.getClassName(),
                                problemOf(c.getJavaClass()))));
            }
        }
        return classes;
    }

    private static String problemOf(Class<?> type) {
        ProblemId id = type.getAnnotation(ProblemId.class);
        return id == null ? null : id.value();
    }

    private static LauncherDiscoveryRequest discovery(GradeRequest request, List<ClassSelector> classes,
            int classesAtOnce) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(classes)
                .filters(includeClassNamePatterns(CHECKS_PATTERN), new CheckFilter(request))
                // A check stuck in a loop is abandoned on its own thread, so the run goes on.
                .configurationParameter(CheckThread.TIMEOUT_MILLIS, String.valueOf(request.checkTimeout().toMillis()))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", String.valueOf(classesAtOnce > 1))
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism",
                        String.valueOf(classesAtOnce))
                // CheckThread, then RehearsalInterceptor inside it, HandedOver, and nothing else a jar on the
                // class path might offer
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .configurationParameter("junit.jupiter.extensions.autodetection.include",
                        CheckThread.class.getName() + "," + RehearsalInterceptor.class.getName() + ","
                                + HandedOver.class.getName())
                .build();
    }

    /** Scores results with the catalogue's points: what a run, or a batch parent, reports. */
    public GradeReport report(GradeRequest request, List<CheckResult> results, long millis) {
        Map<String, List<CheckResult>> byProblem = new LinkedHashMap<>();
        for (CheckResult r : results) {
            if (catalogue.find(r.problemId()).isEmpty()) {
                throw new IllegalStateException("a check scores " + r.problemId() + ", which is not in the catalogue");
            }
            byProblem.computeIfAbsent(r.problemId(), k -> new ArrayList<>()).add(r);
        }
        List<ProblemScore> scores = new ArrayList<>();
        List<Problem> withoutChecks = new ArrayList<>();
        for (Problem p : catalogue.all()) {
            if (byProblem.containsKey(p.id())) {
                scores.add(new ProblemScore(p, byProblem.get(p.id())));
            } else if (request.selects(p.id())) {
                withoutChecks.add(p);
            }
        }
        return new GradeReport(scores, withoutChecks, request.seed(), request.runsInstructorChecks(), millis);
    }
}
