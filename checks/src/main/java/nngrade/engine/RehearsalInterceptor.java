package nngrade.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs each check the way the grading run's {@link Rehearsal} asks: first rehearsed (its verdict
 * ignored), then for real; and once more, live, if the real run left what the rehearsal
 * predicted. The engine has JUnit find this extension (autodetection, limited to this class);
 * with no rehearsal installed it only lets the check run.
 *
 * <p>It runs inside {@link CheckThread}, so every run of the check counts against its time limit.
 */
public final class RehearsalInterceptor implements InvocationInterceptor {

    static volatile Rehearsal current;

    /** Engine only: the rehearsal of the grading run that starts, or null after it. */
    static void install(Rehearsal rehearsal) {
        current = rehearsal;
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
            ExtensionContext extension) throws Throwable {
        Rehearsal r = current;
        if (r == null) {
            invocation.proceed();
            return;
        }
        Method method = context.getExecutable();
        Object target = context.getTarget().orElse(null);
        Object[] args = context.getArguments().toArray();
        method.setAccessible(true);
        try {
            r.before(() -> invokeUnchecked(method, target, args));
            Throwable verdict = null;
            try {
                invocation.proceed();
            } catch (Throwable t) {
                verdict = t;
            }
            if (r.diverged()) {
                r.beforeRerun();
                invoke(method, target, args);
                return;
            }
            if (verdict != null) {
                throw verdict;
            }
        } finally {
            r.after();
        }
    }

    private static void invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void invokeUnchecked(Method method, Object target, Object[] args) {
        try {
            invoke(method, target, args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
