package nngrade.engine;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs each check on a thread other than JUnit's, within the run's time limit, so that a check
 * stuck in a loop is abandoned and the run goes on: what JUnit's SEPARATE_THREAD timeout mode
 * does, except that the thread is kept for the next check rather than made anew for every one
 * (807 threads a submission, each with an executor and a capture of the caller's access-control
 * context: about a twentieth of a warm examiner's time). A thread whose check ran out of time is
 * interrupted, left to its loop and replaced.
 *
 * <p>Each check starts with the interrupt flag cleared, so one check's interrupt does not reach
 * the next. The engine has JUnit find this extension ahead of {@link RehearsalInterceptor}, so
 * every run of a check, its rehearsals too, counts against the limit.
 */
public final class CheckThread implements InvocationInterceptor {

    /** The configuration parameter that holds a check's time limit in milliseconds; none, no limit. */
    static final String TIMEOUT_MILLIS = "nngrade.check.timeout.millis";

    /** The thread of checks of each thread JUnit runs them from (one, or one per class run at once). */
    private static final ThreadLocal<ExecutorService> THREADS = new ThreadLocal<>();
    private static final AtomicInteger MADE = new AtomicInteger();

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
            ExtensionContext extension) throws Throwable {
        long millis = extension.getConfigurationParameter(TIMEOUT_MILLIS).map(Long::parseLong).orElse(-1L);
        if (millis < 0) {
            invocation.proceed();
            return;
        }
        ExecutorService thread = THREADS.get();
        if (thread == null) {
            thread = oneThread();
            THREADS.set(thread);
        }
        Future<Throwable> check = thread.submit(() -> {
            Thread.interrupted(); // the last check's interrupt is not this one's
            try {
                invocation.proceed();
                return null;
            } catch (Throwable verdict) {
                return verdict;
            }
        });
        Throwable verdict;
        try {
            verdict = check.get(millis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (TimeoutException e) {
            THREADS.remove();
            thread.shutdownNow(); // interrupts the check; a loop that ignores it is left behind
            throw new TimeoutException(context.getExecutable().getName() + "() timed out after " + millis
                    + " milliseconds");
        }
        if (verdict != null) {
            throw verdict;
        }
    }

    /**
     * @return an executor of one thread, which ends after {@value #IDLE_SECONDS} s without a check:
     *     a run whose JUnit threads end (classes run at once) leaves no thread waiting behind it
     */
    private static ExecutorService oneThread() {
        ThreadPoolExecutor one = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), CheckThread::daemon);
        one.allowCoreThreadTimeOut(true);
        return one;
    }

    private static final long IDLE_SECONDS = 10;

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "nngrade-check-" + MADE.incrementAndGet());
        t.setDaemon(true); // a check left in its loop does not keep the JVM alive
        return t;
    }
}
