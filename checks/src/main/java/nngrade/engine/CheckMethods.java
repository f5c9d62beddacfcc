package nngrade.engine;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** Reads the grading annotations of a check method: problem id, weight, instructor-only, anchor. */
final class CheckMethods {

    private CheckMethods() {
    }

    /** @return the check behind a test source, if the source is a method of a check class */
    static Optional<PlannedCheck> of(Optional<TestSource> source) {
        return source.filter(MethodSource.class::isInstance).map(MethodSource.class::cast).map(CheckMethods::known);
    }

    /**
     * Checks read so far, by class, method and parameters: every check's start and end asks, for
     * every submission (turning a method's name into words was 2% of an examiner's time).
     */
    private static final Map<String, PlannedCheck> KNOWN = new ConcurrentHashMap<>();

    private static PlannedCheck known(MethodSource source) {
        String key = source.getClassName() + "#" + source.getMethodName() + "(" + source.getMethodParameterTypes() + ")";
        return KNOWN.computeIfAbsent(key, k -> of(source));
    }

    private static PlannedCheck of(MethodSource source) {
        Class<?> type = source.getJavaClass();
        Method method = source.getJavaMethod();
        ProblemId problem = type.getAnnotation(ProblemId.class);
        if (problem == null) {
            throw new IllegalStateException("check class " + type.getName() + " has no @ProblemId");
        }
        Weight weight = method.getAnnotation(Weight.class);
        boolean needsReference = method.isAnnotationPresent(NeedsReference.class);
        return new PlannedCheck(problem.value(), words(method.getName()), weight == null ? 1 : weight.value(),
                needsReference, anchor(method, needsReference));
    }

    /**
     * @return the check's anchor: a check that needs the reference is anchored to it; any other
     *     check says so with {@link ValueAnchored}, or is a property check
     */
    private static Anchor anchor(Method method, boolean needsReference) {
        ValueAnchored anchored = method.getAnnotation(ValueAnchored.class);
        if (anchored != null && (needsReference || anchored.value() == Anchor.REFERENCE
                || anchored.value() == Anchor.NONE)) {
            throw new IllegalStateException(method.getDeclaringClass().getName() + "." + method.getName()
                    + ": @NeedsReference alone marks agreement with the reference, and @ValueAnchored takes"
                    + " EXAMPLE or CLOSED_FORM");
        }
        return needsReference ? Anchor.REFERENCE : anchored == null ? Anchor.NONE : anchored.value();
    }

    /** "backwardMatchesCentralDifferences" becomes "backward matches central differences". */
    static String words(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replaceAll("([A-Z])([A-Z][a-z])", "$1 $2") // "atAKink": "at a kink"
                .toLowerCase(java.util.Locale.ROOT);
    }

}
