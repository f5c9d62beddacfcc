package nngrade.checks.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;
import nngrade.host.DrawnValues;

/**
 * The same call of a subject at many inputs, as a loop would make them, but in one exchange when
 * the subject is a submission behind the channel. A central difference calls forward twice per
 * coordinate: a gradient check of a 3 x 4 weight matrix makes 24 calls, each a round trip to the
 * submission's JVM, where the calls themselves take microseconds. Batched, they take one.
 *
 * <p>In-process the calls are simply made in order. Through the channel, the host makes them in
 * the same order with nothing in between, and stops at the first that throws, which is thrown
 * here: what a loop would have seen. An array handed to several of the calls is one array there
 * too, so a call sees what the calls before it did to it, as in a loop. The call to make is written as a lambda that calls the
 * subject once and returns what it returns, e.g. {@code Batch.map(f, points, Activation::forward)};
 * anything done with the result belongs after the batch.
 */
public final class Batch {

    /** Calls per exchange: a batch of more is split. */
    static final int MAX_CALLS = 1_024;

    /** What stands behind a submission's proxy and can make many calls in one exchange. */
    public interface Caller {
        /**
         * @param targets   the object of each call: this one's, or one it shares batches with
         * @param methods   the method of each call
         * @param args      the arguments of each call; an array handed to several calls is one
         *                  array behind the channel too
         * @param afterEach run with a call's place once its changes to the arguments are written
         *                  back, before the next call's are
         * @return each call's value, in order
         * @throws Throwable what the first call that threw threw; the later calls were not made
         */
        List<Object> callAll(List<Caller> targets, List<Method> methods, List<Object[]> args, IntConsumer afterEach)
                throws Throwable;

        /** @return whether calls of the object behind {@code other} can go in this one's batches */
        boolean sharesBatchesWith(Caller other);
    }

    private Batch() {
    }

    /**
     * @param subject the object called; not modified by this method (the calls may change it)
     * @param inputs  one input per call, in order; not modified
     * @param call    calls the subject once with an input and returns the value unchanged
     * @return the value of each call, in the order of the inputs
     */
    public static <T, A, R> List<R> map(T subject, List<A> inputs, BiFunction<T, A, R> call) {
        return map(subject, inputs, call, i -> { });
    }

    /**
     * The same call at many inputs, as a loop makes them, looking at the arguments after each: e.g.
     * the steps of an optimizer on one parameter array, updated in place, with a copy of it taken
     * after each step. An array handed to several calls is, behind the channel too, one array
     * that each call finds as the calls before it left it.
     *
     * @param subject   the object called; not modified by this method (the calls may change it)
     * @param inputs    one input per call, in order; not modified
     * @param call      calls the subject once with an input and returns the value unchanged
     * @param afterEach run with an input's place right after its call, as a loop would run it there
     *                  (behind the channel: once the call's changes to its arguments are written back)
     * @return the value of each call, in the order of the inputs
     */
    public static <T, A, R> List<R> map(T subject, List<A> inputs, BiFunction<T, A, R> call, IntConsumer afterEach) {
        return across(List.of(subject), inputs, input -> 0, call, afterEach);
    }

    /**
     * Calls of several subjects of one submission, interleaved as a loop makes them, in one
     * exchange behind the channel: e.g. two instances of an optimizer stepped in turn.
     *
     * @param subjects  the objects called; not modified by this method (the calls may change them)
     * @param inputs    one input per call, in order; not modified
     * @param subjectOf the place in {@code subjects} of the object an input's call is made on
     * @param call      calls that subject once with the input and returns the value unchanged
     * @param afterEach as for {@link #map(Object, List, BiFunction, IntConsumer)}
     * @return the value of each call, in the order of the inputs
     */
    public static <T, A, R> List<R> across(List<T> subjects, List<A> inputs, ToIntFunction<A> subjectOf,
            BiFunction<T, A, R> call, IntConsumer afterEach) {
        List<Caller> callers = subjects.stream().map(Batch::callerBehind).toList();
        if (inputs.size() < 2 || !oneChannel(callers)) {
            return callers.stream().allMatch(Objects::isNull) && inputs.size() >= 2
                    ? loopAsOneExchange(subjects, inputs, subjectOf, call, afterEach)
                    : loop(subjects, inputs, subjectOf, call, afterEach);
        }
        List<Caller> targets = new ArrayList<>(inputs.size());
        List<Method> methods = new ArrayList<>(inputs.size());
        List<Object[]> args = new ArrayList<>(inputs.size());
        List<T> standIns = subjects.stream().map(t -> recorder(t, methods, args)).toList();
        for (A input : inputs) {
            int before = methods.size();
            int k = subjectOf.applyAsInt(input);
            call.apply(standIns.get(k), input);
            if (methods.size() != before + 1) {
                throw new IllegalStateException("a batched call must call its subject exactly once");
            }
            targets.add(callers.get(k));
        }
        if (args.stream().anyMatch(Batch::passesAGenerator)) { // a mirrored generator must see the earlier calls' draws
            return loop(subjects, inputs, subjectOf, call, afterEach);
        }
        List<R> values = new ArrayList<>(inputs.size());
        for (int from = 0; from < inputs.size(); from += MAX_CALLS) {
            int to = Math.min(inputs.size(), from + MAX_CALLS);
            int first = from;
            values.addAll(uncheckedCallAll(callers.get(0), targets.subList(from, to), methods.subList(from, to),
                    args.subList(from, to), i -> afterEach.accept(first + i)));
        }
        return values;
    }

    /** @return whether every subject is behind the channel, and all of them behind one */
    private static boolean oneChannel(List<Caller> callers) {
        Caller first = callers.get(0);
        return first != null && callers.stream().allMatch(c -> c != null && first.sharesBatchesWith(c));
    }

    /**
     * Different calls of one subject, in order, in one exchange: what calling each of
     * {@code calls} on the subject in turn gives, e.g. forward(x) then backward(x, dy).
     *
     * @param subject the object called; not modified by this method (the calls may change it)
     * @param calls   each calls the subject once and returns the value unchanged
     * @return the value of each call, in order
     */
    @SafeVarargs
    public static <T> List<Object> calls(T subject, Function<T, ?>... calls) {
        return map(subject, List.of(calls), (g, c) -> c.apply(g));
    }

    /** What {@link #after} gives: the first call's value, then those of the calls at the inputs. */
    public record After<F, R>(F first, List<R> values) {
    }

    /**
     * One call, then the same call at many inputs, in one exchange: e.g. the backward pass a
     * gradient check judges, then the forward passes of its central differences.
     *
     * @param subject the object called; not modified by this method (the calls may change it)
     * @param first   calls the subject once, before the others
     * @param inputs  one input per later call, in order; not modified
     * @param call    calls the subject once with an input and returns the value unchanged
     */
    @SuppressWarnings("unchecked")
    public static <T, F, A, R> After<F, R> after(T subject, Function<T, F> first, List<A> inputs,
            BiFunction<T, A, R> call) {
        List<Function<T, ?>> all = new ArrayList<>(inputs.size() + 1);
        all.add(first);
        inputs.forEach(a -> all.add(g -> call.apply(g, a)));
        List<Object> values = map(subject, all, (g, c) -> c.apply(g));
        return new After<>((F) values.get(0), (List<R>) (List<?>) values.subList(1, values.size()));
    }

    /** Whether the call this thread makes now rides, behind the channel, in one exchange with calls before it. */
    private static final ThreadLocal<Boolean> BATCHING = ThreadLocal.withInitial(() -> false);

    /**
     * @return whether the call this thread makes now is one of a batch's, made in-process, after
     *     the first of its exchange: behind the channel it would ride in one exchange with the
     *     calls before it (what the grader's packaging counts, to tell the calls that cross alone,
     *     each exchange's first among them, from those that do not)
     */
    public static boolean batching() {
        return BATCHING.get();
    }

    /**
     * Makes one of several calls that behind the channel ride in one exchange, as
     * {@link #batching()} tells those who count: the first call of an exchange stands for it.
     */
    static <R> R asOneExchange(boolean first, java.util.function.Supplier<R> call) {
        boolean outer = BATCHING.get();
        BATCHING.set(!first);
        try {
            return call.get();
        } finally {
            BATCHING.set(outer);
        }
    }

    private static <T, A, R> List<R> loopAsOneExchange(List<T> subjects, List<A> inputs, ToIntFunction<A> subjectOf,
            BiFunction<T, A, R> call, IntConsumer afterEach) {
        List<R> values = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            A input = inputs.get(i);
            values.add(asOneExchange(i % MAX_CALLS == 0, () -> call.apply(subjects.get(subjectOf.applyAsInt(input)), input)));
            afterEach.accept(i);
        }
        return values;
    }

    private static <T, A, R> List<R> loop(List<T> subjects, List<A> inputs, ToIntFunction<A> subjectOf,
            BiFunction<T, A, R> call, IntConsumer afterEach) {
        List<R> values = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            A input = inputs.get(i);
            values.add(call.apply(subjects.get(subjectOf.applyAsInt(input)), input));
            afterEach.accept(i);
        }
        return values;
    }

    private static Caller callerBehind(Object subject) {
        if (subject == null || !Proxy.isProxyClass(subject.getClass())) {
            return null;
        }
        InvocationHandler h = Proxy.getInvocationHandler(subject);
        return h instanceof Caller c ? c : null;
    }

    /** @return an object of the subject's interfaces that only notes the call made on it */
    private static <T> T recorder(T subject, List<Method> methods, List<Object[]> args) {
        return recorder(subject.getClass().getInterfaces(), "a batched call may only call the subject's contract",
                (method, a) -> {
                    methods.add(method);
                    args.add(a);
                });
    }

    /**
     * @param interfaces what the recorder implements, the first one's class loader its own
     * @param misuse     the message of the exception a call of an Object method, or a call
     *                   {@code note} refuses, throws
     * @param note       takes each call made on the recorder: its method and a copy of its
     *                   arguments (none: an empty array)
     * @return an object that only notes the calls made on it, each returning nothing (zero, null)
     */
    @SuppressWarnings("unchecked")
    static <T> T recorder(Class<?>[] interfaces, String misuse, BiConsumer<Method, Object[]> note) {
        return (T) Proxy.newProxyInstance(interfaces[0].getClassLoader(), interfaces, (proxy, method, a) -> {
            if (method.getDeclaringClass() == Object.class) {
                throw new IllegalStateException(misuse);
            }
            note.accept(method, a == null ? new Object[0] : a.clone());
            return zero(method.getReturnType());
        });
    }

    /** @return what a recorded call gives back: nothing (its value comes from the batch) */
    private static Object zero(Class<?> type) {
        return type.isPrimitive() && type != void.class ? java.lang.reflect.Array.get(
                java.lang.reflect.Array.newInstance(type, 1), 0) : null;
    }

    /**
     * @param args a call's arguments, or null for none; not modified
     * @return whether the call hands the subject a generator its host mirrors (a java.util.Random,
     *     {@link DrawnValues}): a batch of such calls goes behind the channel one call at a time,
     *     as each mirror must start where the calls before it left the generator
     */
    public static boolean passesAGenerator(Object[] args) {
        if (args == null) {
            return false;
        }
        for (Object a : args) {
            if (a instanceof Random || a instanceof DrawnValues) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static <R> List<R> uncheckedCallAll(Caller caller, List<Caller> targets, List<Method> methods,
            List<Object[]> args, IntConsumer afterEach) {
        try {
            return (List<R>) caller.callAll(targets, methods, args, afterEach);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw Batch.<RuntimeException>sneaky(t);
        }
    }

    /** Rethrows a checked exception a contract method declared, as the proxy's own call would. */
    @SuppressWarnings("unchecked")
    static <E extends Throwable> E sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
