package nngrade.host;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nngrade.problems.NotImplementedYet;
import nngrade.problems.Solutions;

/**
 * The problems a submission has not started: those whose factory method it does not override,
 * so that calling it runs the contract's own default, which throws {@link NotImplementedYet}.
 * They are settled at 0 without running their checks. Only the contract's code runs here, never
 * the submission's: a method the submission overrides is not called.
 */
public final class NotStarted {

    private NotStarted() {
    }

    public static List<String> problemsOf(Solutions submission) {
        List<String> ids = new ArrayList<>();
        for (Method m : Solutions.class.getMethods()) {
            if (m.isDefault() && inherited(submission, m)) {
                problemOf(submission, m).ifPresent(ids::add);
            }
        }
        return ids;
    }

    /**
     * @param m a factory method of the contract, called on {@code s} with zeros and nulls
     * @return the problem id of the NotImplementedYet it throws, if it throws one
     */
    public static Optional<String> problemOf(Solutions s, Method m) {
        try {
            m.invoke(s, defaults(m.getParameterTypes()));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof NotImplementedYet n && n.getClass() == NotImplementedYet.class) {
                return Optional.of(n.problemId());
            }
        } catch (IllegalAccessException e) {
            // not a factory method we can probe: its checks run
        }
        return Optional.empty();
    }

    private static boolean inherited(Solutions submission, Method m) {
        try {
            return submission.getClass().getMethod(m.getName(), m.getParameterTypes()).getDeclaringClass()
                    == Solutions.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Object[] defaults(Class<?>[] types) {
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            args[i] = t == double.class ? 0.0 : t == int.class ? 0 : t == long.class ? 0L
                    : t == boolean.class ? false : t == float.class ? 0f : null;
        }
        return args;
    }
}
