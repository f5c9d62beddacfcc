package nngrade.host;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Names a method across the channel: "interface#name(parameter types)", e.g.
 * {@code nngrade.problems.activations.Activation#forward([D)}. A key is resolved only against an
 * interface {@link ContractTypes} allows, and only to a public method of it.
 */
public final class MethodKeys {

    private static final Map<String, Method> RESOLVED = new ConcurrentHashMap<>();
    private static final Map<Method, String> KEYS = new ConcurrentHashMap<>();

    private MethodKeys() {
    }

    private static final Map<Method, Class<?>[]> PARAMETERS = new ConcurrentHashMap<>();

    /**
     * @return the method's parameter types, the same array for every call: not to be modified
     *     (Method's own getter copies them each time, once per call and side)
     */
    public static Class<?>[] parameterTypes(Method m) {
        return PARAMETERS.computeIfAbsent(m, Method::getParameterTypes);
    }

    /**
     * Spares every call through {@code m} the access check Method.invoke makes when a method is not
     * made accessible: a walk of the stack to find its caller (a twentieth of the host's time). The
     * method is public, of a public interface, so the check would always pass; the private copy
     * Class.getMethods gave is the one changed. Done as the host's own code, whatever submitted code
     * is on the stack (a call during a callback), so the security manager allows it.
     */
    @SuppressWarnings("removal")
    static void unchecked(java.lang.reflect.AccessibleObject m) {
        java.security.AccessController.doPrivileged((java.security.PrivilegedAction<Boolean>) m::trySetAccessible);
    }

    /** @return the key of a method, named after the interface that declares it (cached: one per call) */
    public static String of(Method m) {
        return KEYS.computeIfAbsent(m, MethodKeys::key);
    }

    private static String key(Method m) {
        return m.getDeclaringClass().getName() + "#" + m.getName() + "("
                + Arrays.stream(m.getParameterTypes()).map(Class::getName).collect(Collectors.joining(",")) + ")";
    }

    /**
     * @param key   a key from the other side
     * @param owner how the owner of the method is looked up: {@link ContractTypes#callable} for
     *              calls into the submission, a wider rule for callbacks
     * @throws IllegalStateException if the key names no such method
     */
    public static Method resolve(String key, java.util.function.Function<String, Class<?>> owner) {
        Method cached = RESOLVED.get(key);
        if (cached != null) {
            return cached;
        }
        int hash = key.indexOf('#');
        if (hash < 0) {
            throw new IllegalStateException("not a method key: " + key);
        }
        Class<?> type = owner.apply(key.substring(0, hash));
        for (Method m : type.getMethods()) {
            if (of(m).equals(key)) {
                unchecked(m);
                RESOLVED.put(key, m);
                return m;
            }
        }
        throw new IllegalStateException("no method " + key);
    }
}
