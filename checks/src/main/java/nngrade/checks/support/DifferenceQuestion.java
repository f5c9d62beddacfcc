package nngrade.checks.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nngrade.host.CentralDifferences;

/**
 * The forward passes of a central-difference gradient check asked as one question: "call this
 * method at x + h_j e_j and x - h_j e_j for every element j of this argument, and give me the sum
 * of each one's terms" ({@link CentralDifferences}). A submission behind the channel answers it
 * in one message, where it took 2n calls, each carrying the whole input and output; a subject in
 * this process answers it here, by the same computation.
 *
 * <p>The call is written as a lambda that calls the subject once with the unperturbed arguments,
 * e.g. {@code l -> l.forward(x, w, b)}; the perturbed argument is the one that is the point itself
 * (the same array). Each point's call gets fresh copies of every array argument.
 */
public final class DifferenceQuestion {

    /** What stands behind a submission's proxy and answers a question in one exchange. */
    public interface Asker {
        /**
         * @param method the method called at every point
         * @param args   its arguments, the perturbed one unperturbed; not modified
         * @param q      the question; not modified
         * @return what {@link CentralDifferences#answer} returns for it
         * @throws Throwable what the first call that threw threw
         */
        double[] differences(Method method, Object[] args, CentralDifferences.Question q) throws Throwable;
    }

    private DifferenceQuestion() {
    }

    /** Which argument of the recorded call is perturbed. */
    @FunctionalInterface
    interface Perturbed {
        /** @return the place of the perturbed argument among the call's arguments */
        int placeIn(Object[] args);

        /** @return the argument that is this array itself */
        static Perturbed the(Object point) {
            return args -> {
                for (int i = 0; i < args.length; i++) {
                    if (args[i] == point) {
                        return i;
                    }
                }
                throw new IllegalStateException("the call of a difference question must pass the point itself");
            };
        }

        /** @return argument number {@code k}, e.g. a double, which has no identity to find it by */
        static Perturbed number(int k) {
            return args -> k;
        }
    }

    /**
     * @param subject   the object called; not modified by this method (the calls may change it)
     * @param call      calls the subject once with the unperturbed arguments
     * @param perturbed which of them is perturbed: a double, a double[] or a double[][]; not modified
     * @param dy        the weights of the forward's output, flattened row by row, or null for a
     *                  scalar forward taken as it is; not modified
     * @param columns   the row length of a forward whose value must be a double[][], or 0 for any
     *                  shape with as many elements as dy
     * @param extra     terms appended to each point's; not modified
     * @return the central differences of sum_i terms_i with respect to each element of the
     *     perturbed argument, flattened row by row
     */
    static <T> GradientCheck.Estimate[] ask(T subject, Function<T, ?> call, Perturbed perturbed, double[] dy,
            int columns, double[] extra) {
        Method[] method = new Method[1];
        Object[][] args = new Object[1][];
        call.apply(recorder(subject, method, args));
        if (method[0] == null) {
            throw new IllegalStateException("a difference question must call its subject exactly once");
        }
        int k = perturbed.placeIn(args[0]);
        Object point = args[0][k];
        if (!CentralDifferences.perturbable(point)) {
            throw new IllegalStateException("a difference question perturbs a double, a double[] or a double[][]");
        }
        int n = CentralDifferences.flatLength(point);
        double[] values = new double[2 * n];
        for (int j = 0; j < n; j++) {
            double x = CentralDifferences.flatElement(point, j);
            values[2 * j] = x + GradientCheck.step(x);
            values[2 * j + 1] = x - GradientCheck.step(x);
        }
        CentralDifferences.Question q = new CentralDifferences.Question(k, values, dy, columns, extra);
        CentralDifferences.Sums s = CentralDifferences.Sums.of(answer(subject, method[0], args[0], q), 2 * n);
        if (s.badLength() != null) {
            throw new AssertionError("forward: wrong shape: expected " + expected(dy, columns) + ", got "
                    + got(s.badLength()));
        }
        return GradientCheck.estimates(values, s.sums());
    }

    private static String expected(double[] dy, int columns) {
        return dy == null ? "a number" : columns > 0 ? dy.length / columns + " rows of " + columns : "length " + dy.length;
    }

    private static String got(int length) {
        return length == -1 ? "null" : length == -2 ? "rows of other lengths" : "length " + length;
    }

    private static double[] answer(Object subject, Method method, Object[] args, CentralDifferences.Question q) {
        try {
            if (Proxy.isProxyClass(subject.getClass()) && Proxy.getInvocationHandler(subject) instanceof Asker a
                    && Arrays.stream(args).allMatch(CentralDifferences::plain)) { // else each call crosses alone
                return a.differences(method, args, q);
            }
            int[] made = {0};
            return CentralDifferences.answer(q, args, a -> Batch.asOneExchange(made[0]++ == 0, () -> invoke(subject, method, a)));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw Batch.<RuntimeException>sneaky(t);
        }
    }

    /** @return what an in-process call returns; throws what it throws */
    private static Object invoke(Object subject, Method method, Object[] args) {
        try {
            return method.invoke(subject, args);
        } catch (InvocationTargetException e) {
            throw Batch.<RuntimeException>sneaky(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return an object of the subject's contract interfaces that only notes the call made on it */
    private static <T> T recorder(T subject, Method[] method, Object[][] args) {
        String once = "a difference question may call its subject's contract once";
        return Batch.recorder(contractInterfaces(subject.getClass()), once, (m, a) -> {
            if (method[0] != null) {
                throw new IllegalStateException(once);
            }
            method[0] = m;
            args[0] = a;
        });
    }

    /** @return the interfaces of the contract a class implements, through its superclasses too */
    private static Class<?>[] contractInterfaces(Class<?> type) {
        Set<Class<?>> found = new LinkedHashSet<>();
        List<Class<?>> todo = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            todo.addAll(List.of(c.getInterfaces()));
        }
        Set<Class<?>> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) { // an interface of the class's own may extend the contract's
            Class<?> i = todo.remove(0);
            if (seen.add(i)) {
                todo.addAll(List.of(i.getInterfaces()));
                if (i.getName().startsWith("nngrade.problems.")) {
                    found.add(i);
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException(type + " implements no interface of the contract");
        }
        return found.toArray(Class<?>[]::new);
    }
}
