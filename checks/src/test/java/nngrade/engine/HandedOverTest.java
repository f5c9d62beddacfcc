package nngrade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nngrade.checks.api.CheckSettings;
import nngrade.problems.Catalogue;
import nngrade.reference.ReferenceSolutions;
import org.junit.jupiter.api.Test;

/**
 * A grading run hands over exactly the problems it has not begun, skips them whole (no check of
 * theirs starts or ends), and grades the rest as if nothing had been asked; outside a run, and in
 * the next run, nothing is handed over.
 */
class HandedOverTest {

    private static final Grader GRADER = new Grader(Catalogue.load());
    private static final GradeRequest THREE_GATES = new GradeRequest(new ReferenceSolutions(), null,
            Set.of("gate.add", "gate.mul", "gate.max"), CheckSettings.DEFAULT_SEED, false,
            GradeRequest.DEFAULT_CHECK_TIMEOUT);

    /** Starts and ends seen, by problem; at the first start, hands over every problem of the run. */
    private static final class HandingOver implements CheckObserver {
        final List<String> order;
        final List<String> handed = new ArrayList<>();
        final Set<String> started = new LinkedHashSet<>();
        final List<CheckResult> ended = new ArrayList<>();

        HandingOver(List<String> order) {
            this.order = order;
        }

        @Override
        public void started(String problemId, String checkName) {
            if (started.isEmpty()) {
                List<String> answered = new ArrayList<>();
                handed.addAll(HandedOver.handOver(order, answered::addAll));
                assertEquals(handed, answered, "the answer is what is handed over");
            }
            started.add(problemId);
        }

        @Override
        public void finished(CheckResult result) {
            ended.add(result);
        }
    }

    private static List<String> problemsInRunOrder() {
        return GRADER.plan(THREE_GATES).stream().map(PlannedCheck::problemId).distinct().toList();
    }

    @Test
    void theProblemsNotBegunAreHandedOverAndSkipped() {
        List<String> order = problemsInRunOrder();
        HandingOver observer = new HandingOver(order);
        GRADER.grade(THREE_GATES, observer);
        assertEquals(order.subList(1, 3), observer.handed, "the first problem had begun; the other two had not");
        assertEquals(Set.of(order.get(0)), observer.started);
        List<String> firstProblemsChecks = GRADER.plan(THREE_GATES).stream()
                .filter(c -> c.problemId().equals(order.get(0))).map(PlannedCheck::key).toList();
        assertEquals(firstProblemsChecks, observer.ended.stream().map(CheckResult::key).toList());
        assertTrue(observer.ended.stream().allMatch(r -> r.status() == CheckStatus.PASSED), "the reference passes");
    }

    @Test
    void outsideARunNothingIsHandedOverAndTheNextRunRunsEverything() {
        GRADER.grade(THREE_GATES, new HandingOver(problemsInRunOrder()));
        List<String> answered = new ArrayList<>(List.of("not asked"));
        assertEquals(List.of(), HandedOver.handOver(List.of("gate.add"), a -> {
            answered.clear();
            answered.addAll(a);
        }));
        assertEquals(List.of(), answered, "the answer outside a run is empty too");
        GradeReport next = GRADER.grade(THREE_GATES);
        assertEquals(GRADER.plan(THREE_GATES).size(), next.scores().stream().mapToLong(s -> s.checks().size()).sum());
        assertEquals(next.possible(), next.earned());
    }
}
