package nngrade.host;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arrays a submission keeps between calls. In-process, an array a submission keeps (one the
 * caller passed it, or one it returned) is one object shared with the caller, and a change by
 * either side shows on the other: a moving average that keeps the caller's first vector as its
 * state sees the caller reuse that buffer, and the caller sees the average written into it. Across
 * processes each side has a copy, so the copies are kept in step: after every call the host looks
 * which of the arrays that crossed in that call its objects still reach (the state of the
 * submission's objects the examiner holds), numbers them, and from then on each side sends the
 * other the changes to them at every call boundary, until the check ends or the objects let go.
 *
 * <p>The search follows fields of the submission's objects and the elements of arrays and of the
 * JDK's collections, up to {@value #MAX_VISITS} objects: a state larger than that is not followed.
 */
final class Retention {

    static final int MAX_VISITS = 100_000;

    /**
     * Whether a class is the JDK's (boot or platform loader), asked once per class: asking a
     * class for its loader is a permission check under the security manager, and the search asks
     * it of every object at every call.
     */
    private static final ClassValue<Boolean> OF_THE_JDK = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            ClassLoader loader = c.getClassLoader();
            return loader == null || loader == ClassLoader.getPlatformClassLoader();
        }
    };

    private final Map<Object, Integer> ids = new IdentityHashMap<>();
    private final Map<Integer, Object> arrays = new HashMap<>();
    private final Map<Object, Object> copies = new IdentityHashMap<>();
    /** For each submission object that keeps arrays, those it keeps. */
    private final Map<Object, Set<Object>> keptBy = new IdentityHashMap<>();
    private final Map<Class<?>, List<Field>> fields = new HashMap<>();
    private int nextId;

    /** The check is over: its objects and what they kept are forgotten. */
    void reset() {
        ids.clear();
        arrays.clear();
        copies.clear();
        keptBy.clear();
    }

    /** @return the numbers of the arrays kept, to write a kept array by its number */
    Map<Object, Integer> numbers() {
        return ids;
    }

    /** @return the kept array with this number */
    Object array(int id) {
        Object a = arrays.get(id);
        if (a == null) {
            throw new IllegalStateException("no kept array " + id);
        }
        return a;
    }

    /** The examiner changed a kept array (its new contents were just read into it). */
    void synced(Object array) {
        copies.put(array, Snapshots.copy(array));
    }

    /**
     * After a call: writes which of the arrays that crossed are now kept (by where they were in the
     * request or the reply), the changes to the arrays kept, and those no object keeps any more.
     *
     * @param owners  the call's target and the submission objects its reply handed out
     * @param request the arrays of the request, in the order of their numbers
     * @param reply   the arrays of the reply, in the order of their numbers
     */
    void writeChanges(WireOutput out, Collection<Object> owners, List<Object> request, List<Object> reply) {
        Map<Object, int[]> crossed = null; // built only if some owner reaches an array: most reach none
        List<int[]> fresh = new ArrayList<>(0);
        List<Object> released = new ArrayList<>(0);
        for (Object owner : owners) {
            Set<Object> reached = reachable(owner);
            Set<Object> before = keptBy.getOrDefault(owner, Set.of());
            if (reached.isEmpty() && before.isEmpty()) {
                continue;
            }
            if (crossed == null) {
                crossed = crossed(request, reply);
            }
            Set<Object> now = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Object a : reached) {
                if (before.contains(a) || ids.containsKey(a) || crossed.containsKey(a)) {
                    now.add(a);
                }
            }
            before.stream().filter(a -> !now.contains(a)).forEach(released::add);
            for (Object a : now) {
                if (!ids.containsKey(a)) {
                    int id = nextId++;
                    ids.put(a, id);
                    arrays.put(id, a);
                    int[] where = crossed.get(a);
                    fresh.add(new int[] {where[0], where[1], id});
                }
            }
            if (now.isEmpty()) {
                keptBy.remove(owner);
            } else {
                keptBy.put(owner, now);
            }
        }
        out.writeInt(fresh.size());
        for (int[] f : fresh) {
            out.writeByte(f[0]).writeInt(f[1]).writeInt(f[2]);
        }
        writeChanged(out);
        List<Object> dropped = released.isEmpty() ? List.of() : released.stream().distinct()
                .filter(a -> keptBy.values().stream().noneMatch(k -> k.contains(a))).toList();
        out.writeInt(dropped.size());
        for (Object a : dropped) {
            out.writeInt(ids.get(a));
            arrays.remove(ids.remove(a));
            copies.remove(a);
        }
    }

    /**
     * Writes the kept arrays whose contents changed since both sides last held the same, and takes
     * a new copy of those (and of the newly kept): an unchanged array's copy still is what both hold.
     */
    private void writeChanged(WireOutput out) {
        List<Integer> changed = new ArrayList<>(0);
        for (Map.Entry<Integer, Object> e : arrays.entrySet()) {
            Object copy = copies.get(e.getValue());
            if (copy == null) {
                copies.put(e.getValue(), Snapshots.copy(e.getValue()));
            } else if (!Snapshots.same(e.getValue(), copy)) {
                changed.add(e.getKey());
                copies.put(e.getValue(), Snapshots.copy(e.getValue()));
            }
        }
        out.writeInt(changed.size());
        for (int id : changed) {
            out.writeInt(id).writeArrayContents(arrays.get(id));
        }
    }

    /** @return where each array of a call was: {0, number} in the request, {1, number} in the reply */
    private static Map<Object, int[]> crossed(List<Object> request, List<Object> reply) {
        Map<Object, int[]> crossed = new IdentityHashMap<>();
        for (int i = 0; i < request.size(); i++) {
            crossed.putIfAbsent(request.get(i), new int[] {0, i});
        }
        for (int i = 0; i < reply.size(); i++) {
            crossed.putIfAbsent(reply.get(i), new int[] {1, i});
        }
        return crossed;
    }

    /** @return every array reachable from an object (identity), within {@value #MAX_VISITS} objects */
    private Set<Object> reachable(Object root) {
        Class<?> rc = root.getClass();
        if (!rc.isArray() && !OF_THE_JDK.get(rc) && fieldsOf(rc).isEmpty()) {
            return Set.of(); // an object of the submission without fields that may hold objects: a stateless one
        }
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Object> found = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty() && seen.size() < MAX_VISITS) {
            Object o = todo.pop();
            if (o == null || !seen.add(o)) {
                continue;
            }
            Class<?> c = o.getClass();
            if (c.isArray()) {
                found.add(o);
                if (o instanceof Object[] elements) {
                    for (Object e : elements) {
                        push(todo, e);
                    }
                }
            } else if (OF_THE_JDK.get(c)) {
                try { // the JDK's own collections: iterating them runs no submitted code unless they wrap some
                    if (o instanceof Collection<?> elements) {
                        elements.forEach(e -> push(todo, e));
                    } else if (o instanceof Map<?, ?> map) {
                        map.forEach((k, v) -> {
                            push(todo, k);
                            push(todo, v);
                        });
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    // a collection that will not be walked is not followed
                }
            } else {
                for (Field f : fieldsOf(c)) {
                    try {
                        push(todo, f.get(o));
                    } catch (IllegalAccessException e) {
                        // a field this side may not read: not followed
                    }
                }
            }
        }
        return found;
    }

    private static void push(Deque<Object> todo, Object o) {
        if (o != null) {
            todo.push(o);
        }
    }

    /** @return the instance fields of a class of the submission and its superclasses that may hold objects */
    private List<Field> fieldsOf(Class<?> c) {
        return fields.computeIfAbsent(c, k -> {
            List<Field> all = new ArrayList<>();
            for (Class<?> t = k; t != null && t.getClassLoader() != null; t = t.getSuperclass()) {
                for (Field f : t.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive() && f.trySetAccessible()) {
                        all.add(f);
                    }
                }
            }
            return all;
        });
    }
}
