package nngrade.host;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * What writing and reading a record of the contract needs of its class, looked up once per class:
 * its components' types, their accessors and its canonical constructor. Looking them up again for
 * every record cost each side of the channel about 6% of its time (a grading moves hundreds of
 * thousands of records), and the host a walk of the stack for the security manager each time.
 */
final class RecordShape {

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    private final Class<?> type;
    private final Class<?>[] types;
    private final Method[] accessors;
    private final Constructor<?> canonical;

    private RecordShape(Class<?> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        boolean open = java.lang.reflect.Modifier.isPublic(type.getModifiers());
        types = new Class<?>[components.length];
        accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            accessors[i] = components[i].getAccessor();
            if (open) { // Method.invoke's check would pass: spared, as for calls (MethodKeys.unchecked)
                MethodKeys.unchecked(accessors[i]);
            }
        }
        try {
            canonical = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getSimpleName() + " has no canonical constructor", e);
        }
        if (open && java.lang.reflect.Modifier.isPublic(canonical.getModifiers())) {
            MethodKeys.unchecked(canonical);
        }
    }

    /** @param record a record class */
    static RecordShape of(Class<?> record) {
        return SHAPES.get(record);
    }

    /** @return how many components the record has */
    int size() {
        return types.length;
    }

    /** @return the type of component {@code i} */
    Class<?> type(int i) {
        return types[i];
    }

    /** @return the value of component {@code i} of {@code record}; not modified */
    Object component(Object record, int i) {
        try {
            return accessors[i].invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot read " + accessors[i].getName() + " of " + type, e);
        }
    }

    /** @return a new record of these components, as its own canonical constructor checks them */
    Object make(Object[] values) {
        try {
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName() + ": " + e, e);
        }
    }
}
