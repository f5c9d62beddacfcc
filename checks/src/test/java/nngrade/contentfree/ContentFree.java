package nngrade.contentfree;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nngrade.problems.Solutions;
import nngrade.reference.ReferenceSolutions;

/**
 * Submissions with no formula at all, for every problem of the contract at once. Each is a proxy
 * of the contract interfaces that asks the reference only for the shape of each answer (and for
 * the exceptions the contract documents, which it throws as its own), then answers with content
 * of its kind: zeros, NaN, 1e300, its own input. Such a submission must earn nothing anywhere.
 *
 * <p>Where the contract updates an argument in place and returns nothing (an optimizer's step),
 * the update writes the kind's value into the updated array; the echo leaves it as it was.
 */
public enum ContentFree {

    /** Every method returns zeros of the right shape. */
    ZEROS("zeros of the right shape", 0.0),
    /** Every method first overwrites the caller's arrays with zeros, then returns zeros. */
    ZEROS_AFTER_WIPING_THE_INPUTS("zeros, after wiping the caller's arrays", 0.0),
    /** Every method returns its own input: the first argument of the type it returns. */
    ECHO("its own input", 0.0),
    /** Every number is 1e300, which overflows as soon as it is squared. */
    HUGE("1e300 everywhere", 1e300),
    /** Every number is NaN. */
    NAN("NaN everywhere", Double.NaN);

    private final String description;
    private final double fill;

    ContentFree(String description, double fill) {
        this.description = description;
        this.fill = fill;
    }

    @Override
    public String toString() {
        return description;
    }

    /** @return a fresh submission of this kind: its state (the reference's) starts anew */
    public Solutions submission() {
        return wrap(Solutions.class, new ReferenceSolutions());
    }

    /** @return a proxy of a contract interface that answers like this kind, shaped like {@code shape} */
    private <T> T wrap(Class<T> contract, Object shape) {
        InvocationHandler answer = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, method, args);
            }
            Object[] arguments = args == null ? new Object[0] : args;
            Object shaped = callShape(shape, method, arguments);
            if (this == ZEROS_AFTER_WIPING_THE_INPUTS) {
                Arrays.stream(arguments).forEach(a -> fillIn(a, 0.0));
            }
            if (method.getReturnType() == void.class) {
                updateInPlace(arguments);
                return null;
            }
            return answer(method.getReturnType(), shaped, arguments);
        };
        return contract.cast(Proxy.newProxyInstance(contract.getClassLoader(), new Class<?>[] {contract}, answer));
    }

    /**
     * Calls the reference on copies of the arguments: only the shape of its answer is used. The
     * check's callbacks (a function to minimize, a line search, a gradient, a sampler) and its
     * Random are not handed on: a submission without a formula calls none of them, so none of the
     * check's counters and logs may see the reference at work.
     */
    private static Object callShape(Object shape, Method method, Object[] arguments) throws Throwable {
        Class<?>[] types = method.getParameterTypes();
        Object[] copies = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            copies[i] = isCallback(types[i], arguments[i]) ? inert(types[i]) : deepCopy(arguments[i]);
        }
        try {
            return method.invoke(shape, copies);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static boolean isCallback(Class<?> type, Object argument) {
        return argument != null && (type == Random.class || type.isInterface() && !List.class.isAssignableFrom(type));
    }

    /**
     * @return a stand-in for a callback: a Random of its own, or an implementation of the interface
     *     whose every answer is 0, false, or zeros as long as its first array argument
     */
    private static Object inert(Class<?> type) {
        if (type == Random.class) {
            return new Random(0);
        }
        InvocationHandler zero = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("equals") ? proxy == args[0]
                        : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : "inert callback";
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            Class<?> r = method.getReturnType();
            if (r == double.class) {
                return 0.0;
            }
            if (r == int.class || r == long.class) {
                return r == int.class ? (Object) 0 : (Object) 0L;
            }
            if (r == boolean.class) {
                return false;
            }
            if (r == void.class) {
                return null;
            }
            Object first = args == null ? null : Arrays.stream(args).filter(double[].class::isInstance).findFirst().orElse(null);
            return first == null ? null : new double[((double[]) first).length];
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, zero);
    }

    private void updateInPlace(Object[] arguments) {
        if (this == ECHO) {
            return;
        }
        Arrays.stream(arguments).filter(double[].class::isInstance).findFirst().ifPresent(a -> fillIn(a, fill));
    }

    private Object answer(Class<?> type, Object shaped, Object[] arguments) {
        if (this == ECHO) {
            for (Object a : arguments) {
                if (a != null && wrapper(type).isInstance(a)) {
                    return a;
                }
            }
            double first = firstNumber(arguments);
            return contentOf(type, shaped, first);
        }
        return contentOf(type, shaped, fill);
    }

    /** @return a value of the type and shape of {@code shaped} in which every number is {@code value} */
    private Object contentOf(Class<?> type, Object shaped, double value) {
        if (shaped == null) {
            return type == double.class ? value : null;
        }
        if (type.isInterface() && type.getPackageName().startsWith("nngrade.problems")) {
            return wrap(type, shaped);
        }
        if (shaped instanceof List<?> list) {
            return list.stream().map(e -> contentOf(e.getClass(), e, value)).toList();
        }
        if (type.isRecord()) {
            return record(type, shaped, value);
        }
        Object copy = deepCopy(shaped);
        if (copy instanceof Enum<?> verdict) { // a constant answer: the first of the choices, whatever was asked
            return verdict.getDeclaringClass().getEnumConstants()[0];
        }
        if (copy instanceof Double) {
            return value;
        }
        if (copy instanceof Integer) {
            return Double.isFinite(value) ? (int) value : Integer.MAX_VALUE;
        }
        if (copy instanceof Boolean) {
            return value != 0;
        }
        fillIn(copy, value);
        return copy;
    }

    private Object record(Class<?> type, Object shaped, double value) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = contentOf(types[i], components[i].getAccessor().invoke(shaped), value);
            }
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + type.getName(), e);
        }
    }

    /** Writes value into every element of an array of any rank; booleans become value != 0. */
    private static void fillIn(Object array, double value) {
        if (array instanceof double[] d) {
            Arrays.fill(d, value);
        } else if (array instanceof boolean[] b) {
            Arrays.fill(b, value != 0);
        } else if (array instanceof int[] n) {
            Arrays.fill(n, (int) value);
        } else if (array instanceof Object[] rows) {
            Arrays.stream(rows).forEach(r -> fillIn(r, value));
        }
    }

    private static Object deepCopy(Object o) {
        if (o == null || !o.getClass().isArray()) {
            return o;
        }
        int n = Array.getLength(o);
        Object copy = Array.newInstance(o.getClass().getComponentType(), n);
        for (int i = 0; i < n; i++) {
            Array.set(copy, i, deepCopy(Array.get(o, i)));
        }
        return copy;
    }

    /** @return the first number among the arguments, depth first (0 if there is none) */
    private static double firstNumber(Object[] arguments) {
        return Arrays.stream(arguments).flatMapToDouble(ContentFree::numbers).findFirst().orElse(0);
    }

    private static java.util.stream.DoubleStream numbers(Object o) {
        if (o instanceof Double d) {
            return java.util.stream.DoubleStream.of(d);
        }
        if (o instanceof double[] d) {
            return Arrays.stream(d);
        }
        if (o instanceof Object[] rows) {
            return Arrays.stream(rows).flatMapToDouble(ContentFree::numbers);
        }
        return java.util.stream.DoubleStream.empty();
    }

    private static Class<?> wrapper(Class<?> type) {
        return type == double.class ? Double.class : type == int.class ? Integer.class
                : type == boolean.class ? Boolean.class : type;
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "content-free submission (" + description + ")";
        };
    }
}
