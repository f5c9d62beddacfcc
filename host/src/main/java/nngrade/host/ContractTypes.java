package nngrade.host;

import java.util.Map;

/**
 * The only classes a message may name: primitives, String, and the records and enums of the
 * contract ({@code nngrade.problems}), with arrays of them. A name from the other side is never
 * handed to a class loader unless it is one of these, so a message cannot make either side load
 * (and initialize) a class of its choosing.
 */
public final class ContractTypes {

    private static final String CONTRACT = "nngrade.problems.";
    private static final Map<String, Class<?>> PRIMITIVES = Map.of("double", double.class, "int", int.class,
            "long", long.class, "boolean", boolean.class, "byte", byte.class, "float", float.class);

    private ContractTypes() {
    }

    /** Component types already allowed, by name: every array of every call asks (a regex and a class lookup each). */
    private static final java.util.Map<String, Class<?>> COMPONENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** @return the component type of an array, from its name as {@link Class#getName()} writes it */
    public static Class<?> arrayComponent(String name) {
        Class<?> known = COMPONENTS.get(name);
        if (known != null) {
            return known;
        }
        Class<?> allowed = allowedComponent(name);
        if (COMPONENTS.size() < 1_000) { // names come from the other side: not without bound
            COMPONENTS.put(name, allowed);
        }
        return allowed;
    }

    private static Class<?> allowedComponent(String name) {
        Class<?> primitive = PRIMITIVES.get(name);
        if (primitive != null) {
            return primitive;
        }
        if (name.equals("java.lang.String")) {
            return String.class;
        }
        if (name.startsWith("[")) {
            String element = name.replaceFirst("^\\[+", "");
            boolean allowed = element.length() == 1 ? "DIJZBF".contains(element)
                    : element.startsWith("L" + CONTRACT) && element.endsWith(";")
                            || element.equals("Ljava.lang.String;");
            if (allowed) {
                return load(name);
            }
        } else if (name.startsWith(CONTRACT)) {
            Class<?> c = load(name);
            if (c.isRecord() || c.isEnum()) {
                return c;
            }
        }
        throw new IllegalStateException("an array of " + name + " may not cross the channel");
    }

    /** @return the record of the contract with this name */
    public static Class<?> record(String name) {
        Class<?> c = name.startsWith(CONTRACT) ? load(name) : null;
        if (c == null || !c.isRecord()) {
            throw new IllegalStateException(name + " is not a record of the contract");
        }
        return c;
    }

    /** @return the constant of an enum of the contract */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Object enumConstant(String type, String name) {
        Class<?> c = type.startsWith(CONTRACT) ? load(type) : null;
        if (c == null || !c.isEnum()) {
            throw new IllegalStateException(type + " is not an enum of the contract");
        }
        try {
            return Enum.valueOf((Class) c, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(type + " has no constant " + name, e);
        }
    }

    /**
     * @return the interface with this name, if objects of that type may be called across the
     *     channel: the contract's interfaces and java.util.function's
     */
    public static Class<?> callable(String name) {
        if (name.startsWith(CONTRACT) || name.startsWith("java.util.function.")) {
            Class<?> c = load(name);
            if (c.isInterface()) {
                return c;
            }
        }
        throw new IllegalStateException(name + " is not an interface that may be called across the channel");
    }

    /**
     * Contract types already loaded, by name: a record is named in every message that holds one,
     * and Class.forName checks its caller each time.
     */
    private static final Map<String, Class<?>> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Class<?> load(String name) {
        Class<?> known = LOADED.get(name);
        if (known != null) {
            return known;
        }
        Class<?> c;
        try {
            c = Class.forName(name, false, ContractTypes.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("no such type: " + name, e);
        }
        if (LOADED.size() < 1_000) { // names of classes that exist only, but not without bound
            LOADED.put(name, c);
        }
        return c;
    }
}
