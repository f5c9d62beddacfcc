package nngrade.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import nngrade.engine.CheckResult;
import nngrade.engine.CheckStatus;
import nngrade.engine.PlannedCheck;
import nngrade.examiner.ExaminerEvent;
import nngrade.feedback.Plot;

/**
 * The state of one submission's grading, shared by the examiners that grade it: the plan, the
 * results settled so far, and which examiner owes which checks. The submission's own examiner
 * starts owing every check ({@link #first}); an idle examiner may take problems it has not begun
 * ({@link #askHandOver}), and they change hands only once that examiner has answered that it
 * will skip them. A check is settled once, by the first "end" that arrives for it, with the
 * weight and instructor-only flag of the parent's own plan.
 */
final class GradingRun {

    private final Map<String, PlannedCheck> plan = new LinkedHashMap<>();
    private final Map<String, List<String>> keysOfProblem = new LinkedHashMap<>();
    private final Map<String, CheckResult> results = new LinkedHashMap<>();
    private final List<Part> parts = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final long deadlineNanos;
    private final long[] usage = new long[10];
    private List<String> layers = List.of();
    private final List<Plot> plots = new ArrayList<>();
    private long orders;

    /** A share of the checks that one examiner grades, job after job until it has settled them all. */
    final class Part {
        private final Set<String> keys;
        private final List<String> problems;
        private final Set<String> begun = new HashSet<>();
        private JvmProcess examiner;
        private Asked asked;
        private final CompletableFuture<Void> ended = new CompletableFuture<>();

        private Part(Set<String> keys, List<String> problems) {
            this.keys = keys;
            this.problems = problems;
        }

        /** @return the problems its jobs grade; empty for the submission's own part (the request's) */
        List<String> problems() {
            return problems;
        }
    }

    /** A hand-over asked of a part's examiner: its order number, the problems, and the part they become. */
    record Asked(Part donor, JvmProcess examiner, long order, List<String> problems, CompletableFuture<Part> answer) {
    }

    /** @param planned every check the submission owes, in the order they run; not modified */
    GradingRun(List<PlannedCheck> planned, long deadlineNanos) {
        for (PlannedCheck c : planned) {
            plan.put(c.key(), c);
            keysOfProblem.computeIfAbsent(c.problemId(), p -> new ArrayList<>()).add(c.key());
        }
        this.deadlineNanos = deadlineNanos;
    }

    boolean outOfTime() {
        return System.nanoTime() > deadlineNanos;
    }

    /** @return the submission's own part: every check */
    synchronized Part first() {
        Part p = new Part(new HashSet<>(plan.keySet()), List.of());
        parts.add(p);
        return p;
    }

    synchronized boolean owes(Part p) {
        return p.keys.stream().anyMatch(k -> !results.containsKey(k));
    }

    /** @return the checks a job of this part must leave out: every other one, and those settled */
    synchronized List<String> excludedFor(Part p) {
        List<String> excluded = new ArrayList<>();
        for (String problem : p.problems.isEmpty() ? keysOfProblem.keySet() : p.problems) {
            for (String k : keysOfProblem.getOrDefault(problem, List.of())) {
                if (!p.keys.contains(k) || results.containsKey(k)) {
                    excluded.add(k);
                }
            }
        }
        return excluded;
    }

    /** A job of this part starts on that examiner: nothing of it is begun yet. */
    synchronized void running(Part p, JvmProcess examiner) {
        p.examiner = examiner;
        p.begun.clear();
    }

    synchronized void began(Part p, String key) {
        PlannedCheck c = plan.get(key);
        if (c != null) {
            p.begun.add(c.problemId());
        }
    }

    /** The part's job is over: a hand-over not yet answered hands nothing over. */
    synchronized void stopped(Part p) {
        p.examiner = null;
        if (p.asked != null) {
            p.asked.answer().complete(null);
            p.asked = null;
        }
    }

    /** The part's examiner will not grade it any further; whatever it left unsettled is left over. */
    synchronized void ended(Part p) {
        p.ended.complete(null);
    }

    /** @return the most problems any running part has not begun: how much there is to take */
    synchronized int unbegun() {
        return parts.stream().filter(p -> p.examiner != null && p.asked == null).mapToInt(p -> unbegun(p).size())
                .max().orElse(0);
    }

    /**
     * Picks the running part with the most problems not begun, if it has at least two, and
     * registers a hand-over of the back half of them (they would run last). The caller sends it.
     *
     * @return the hand-over, or null if no part has enough to give
     */
    synchronized Asked askHandOver() {
        Part donor = parts.stream().filter(p -> p.examiner != null && p.asked == null)
                .max(Comparator.comparingInt(p -> unbegun(p).size())).orElse(null);
        if (donor == null) {
            return null;
        }
        List<String> free = unbegun(donor);
        if (free.size() < 2) {
            return null;
        }
        donor.asked = new Asked(donor, donor.examiner, ++orders, List.copyOf(free.subList(free.size() - free.size() / 2,
                free.size())), new CompletableFuture<>());
        return donor.asked;
    }

    /**
     * The donor's examiner answered: the problems it will skip (and only those also asked)
     * become a new part, which the answer's future gets; none: null.
     */
    synchronized void handedOver(Part donor, ExaminerEvent e) {
        Asked a = donor.asked;
        if (a == null || !String.valueOf(a.order()).equals(e.key())) {
            return;
        }
        donor.asked = null;
        List<String> given = e.problems() == null ? List.of() : a.problems().stream()
                .filter(e.problems()::contains).toList();
        Set<String> keys = new HashSet<>();
        given.forEach(problem -> keys.addAll(keysOfProblem.get(problem)));
        if (keys.isEmpty()) {
            a.answer().complete(null);
            return;
        }
        donor.keys.removeAll(keys);
        Part taken = new Part(keys, given);
        parts.add(taken);
        a.answer().complete(taken);
    }

    /** The hand-over could not be sent: it hands nothing over. */
    synchronized void unsent(Asked a) {
        if (a.donor().asked == a) {
            a.donor().asked = null;
        }
        a.answer().complete(null);
    }

    /**
     * Waits until every part other than {@code own} has ended, then gathers what they left
     * unsettled (an examiner that could not finish: stopped, or the grader failed) into a part
     * for the submission's own examiner.
     *
     * @return that part, or null if every check is settled
     */
    Part leftovers(Part own) throws InterruptedException {
        while (true) {
            List<Part> others;
            synchronized (this) {
                others = parts.stream().filter(p -> p != own && !p.ended.isDone()).toList();
            }
            if (others.isEmpty()) {
                break;
            }
            for (Part p : others) {
                try {
                    p.ended.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    // ended never fails
                }
            }
        }
        synchronized (this) {
            Set<String> left = new HashSet<>();
            for (Part p : parts) {
                p.keys.stream().filter(k -> !results.containsKey(k)).forEach(left::add);
            }
            if (left.isEmpty()) {
                return null;
            }
            parts.forEach(p -> p.keys.removeAll(left));
            List<String> problems = keysOfProblem.keySet().stream()
                    .filter(problem -> keysOfProblem.get(problem).stream().anyMatch(left::contains)).toList();
            Part p = new Part(left, problems);
            parts.add(p);
            return p;
        }
    }

    /** @return the part's problems, in the order they run, none of whose checks is begun or settled */
    private List<String> unbegun(Part p) {
        List<String> free = new ArrayList<>();
        keysOfProblem.forEach((problem, keys) -> {
            if (!p.begun.contains(problem) && p.keys.containsAll(keys)
                    && keys.stream().noneMatch(results::containsKey)) {
                free.add(problem);
            }
        });
        return free;
    }

    /**
     * Settles every check of these problems at 0 without running it, "not implemented yet": their
     * code is the template's ({@link nngrade.submission.UntouchedProblems}).
     */
    synchronized void notStarted(Collection<String> problems) {
        for (String problem : problems) {
            for (String k : keysOfProblem.getOrDefault(problem, List.of())) {
                results.putIfAbsent(k, plan.get(k).notStarted());
            }
        }
    }

    /** Records a check's end; weight and instructor-only come from the parent's own plan. */
    synchronized void settle(ExaminerEvent e) {
        PlannedCheck p = plan.get(e.key());
        if (p == null || results.containsKey(e.key())) {
            return;
        }
        CheckStatus status = parseStatus(e.status());
        results.put(p.key(), p.result(status, IsolatedGrading.cut(e.summary(), IsolatedGrading.MAX_SUMMARY),
                IsolatedGrading.cut(e.detail(), IsolatedGrading.MAX_DETAIL), Math.max(0, e.millis())));
    }

    /** Adds a job's figures (summed over jobs) and confinement. */
    synchronized void finish(ExaminerEvent e) {
        if (e.usage() != null && e.usage().length == usage.length) {
            for (int i = 0; i < usage.length; i++) {
                usage[i] += e.usage()[i];
            }
        }
        layers(e.layers());
    }

    synchronized void layers(List<String> said) {
        if (said != null) {
            layers = said.stream().limit(20).map(l -> IsolatedGrading.cut(l, 200)).toList();
        }
    }

    synchronized void drew(List<Plot> drawn) {
        if (drawn != null) {
            plots.addAll(Plot.bounded(drawn));
        }
    }

    synchronized void lost(String current, String why) {
        if (current != null && plan.containsKey(current) && !results.containsKey(current)) {
            results.put(current, plan.get(current).failed(CheckStatus.ERROR, why));
            events.add(current + ": " + why + "; the other checks went on in a fresh examiner.");
        } else {
            events.add("between checks: " + why + "; the checks went on in a fresh examiner.");
        }
    }

    synchronized void timedOut(String current, String why) {
        if (plan.containsKey(current) && !results.containsKey(current)) {
            results.put(current, plan.get(current).failed(CheckStatus.TIMED_OUT, why));
            events.add(current + ": " + why + ".");
        }
    }

    /** Settles every check the part still owes as failed, for the reason given. */
    synchronized void failRest(Part part, CheckStatus status, String why) {
        boolean any = false;
        for (PlannedCheck p : plan.values()) {
            if (part.keys.contains(p.key()) && !results.containsKey(p.key())) {
                results.put(p.key(), p.failed(status, why));
                any = true;
            }
        }
        if (any) {
            events.add(why + ".");
        }
    }

    /** @return every planned check's result, in plan order; one never settled failed as not run */
    synchronized List<CheckResult> ordered() {
        return plan.values().stream().map(p -> results.getOrDefault(p.key(),
                p.failed(CheckStatus.ERROR, "not run: the grader lost it"))).toList();
    }

    synchronized List<String> events() {
        return List.copyOf(events);
    }

    synchronized long[] usage() {
        return usage.clone();
    }

    synchronized List<String> layers() {
        return layers;
    }

    /** @return the pictures of every examiner, in the order their problems appear in {@code problems} */
    synchronized List<Plot> plots(List<String> problems) {
        return Plot.bounded(plots.stream().sorted(Comparator.comparingInt(p -> problems.indexOf(p.problemId())))
                .toList());
    }

    private static CheckStatus parseStatus(String s) {
        try {
            return CheckStatus.valueOf(s);
        } catch (IllegalArgumentException | NullPointerException e) {
            return CheckStatus.ERROR;
        }
    }
}
