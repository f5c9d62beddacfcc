package nngrade.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nngrade.checks.api.ProblemId;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Lets a grading run hand problems it has not begun over to another examiner while it runs, so
 * that an idle examiner can take the back of a submission's checks instead of waiting for them.
 * A problem is begun when JUnit is about to run its check class (or anything in it); from then on
 * it can no longer be handed over, and one that was handed over is skipped whole, reporting no
 * check, so the two examiners never both report one. The engine has JUnit find this condition
 * (autodetection, limited to the engine's own extensions).
 *
 * <p>One run at a time per JVM ({@link Grader#grade} runs one at a time): the run opens it before
 * its checks and closes it after them; a hand-over asked outside a run hands nothing over.
 */
public final class HandedOver implements ExecutionCondition {

    private static final Object LOCK = new Object();
    private static boolean open;
    private static final Set<String> begun = new HashSet<>();
    private static final Set<String> given = new HashSet<>();

    /** Engine only: a grading run begins its checks; nothing is begun or handed over yet. */
    static void open() {
        synchronized (LOCK) {
            begun.clear();
            given.clear();
            open = true;
        }
    }

    /**
     * Engine only: the run's checks are over. A hand-over answered before this was answered
     * before anything the run says after it (its examiner's "done"); any later one hands nothing.
     */
    static void close() {
        synchronized (LOCK) {
            open = false;
        }
    }

    /**
     * Hands over those of {@code problems} the run has not begun: it will skip them.
     * {@code answer} is told which inside the lock, so an answer that hands anything over is given
     * before the run closes, and so before whatever its examiner says after it.
     *
     * @param problems problem ids; not modified
     * @return the problems handed over, in the order asked; empty outside a run
     */
    public static List<String> handOver(Collection<String> problems, Consumer<List<String>> answer) {
        synchronized (LOCK) {
            List<String> handed = new ArrayList<>();
            if (open) {
                for (String p : problems) {
                    if (!begun.contains(p) && given.add(p)) {
                        handed.add(p);
                    }
                }
            }
            answer.accept(handed);
            return handed;
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> problem = context.getTestClass().flatMap(HandedOver::problemOf);
        if (problem.isEmpty()) {
            return ConditionEvaluationResult.enabled("not a check class");
        }
        synchronized (LOCK) {
            if (open && given.contains(problem.get())) {
                return ConditionEvaluationResult.disabled("handed over to another examiner");
            }
            begun.add(problem.get());
            return ConditionEvaluationResult.enabled("not handed over");
        }
    }

    /** @return the problem a check class checks, read from it or the class it is nested in */
    private static Optional<String> problemOf(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            ProblemId id = c.getAnnotation(ProblemId.class);
            if (id != null) {
                return Optional.of(id.value());
            }
        }
        return Optional.empty();
    }
}
