package nngrade.host;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arrays of one message, numbered by identity in the order they were written or read (a
 * request's numbers are how its reply refers back to them). A call holds a handful of arrays, and
 * looking through a handful is cheaper than hashing them: an IdentityHashMap built, filled and
 * cleared for every message was about a tenth of each side's time on a call. Past
 * {@value #SCAN} arrays a map takes over, so a message of many arrays costs no more than it did.
 */
final class IdentityIndex {

    /** Up to this many, a lookup is a scan. */
    static final int SCAN = 16;

    private Object[] items = new Object[SCAN];
    private int size;
    private Map<Object, Integer> map;

    /** Forgets every object. */
    void clear() {
        Arrays.fill(items, 0, size, null);
        size = 0;
        map = null;
    }

    /** Forgets every object, then numbers those of {@code objects} in their order. */
    void reset(List<Object> objects) {
        clear();
        for (Object o : objects) {
            add(o);
        }
    }

    /** @return the number given to {@code o}, the next one */
    int add(Object o) {
        if (size == items.length) {
            items = Arrays.copyOf(items, 2 * size);
        }
        items[size] = o;
        if (map != null) {
            map.putIfAbsent(o, size);
        } else if (size == SCAN) {
            map = new IdentityHashMap<>();
            for (int i = 0; i <= size; i++) {
                map.putIfAbsent(items[i], i);
            }
        }
        return size++;
    }

    /** @return the number of this very object, the first it was given, or -1 if it has none */
    int numberOf(Object o) {
        if (map != null) {
            Integer n = map.get(o);
            return n == null ? -1 : n;
        }
        for (int i = 0; i < size; i++) {
            if (items[i] == o) {
                return i;
            }
        }
        return -1;
    }

    int size() {
        return size;
    }

    /** @return the object numbered {@code number} */
    Object get(int number) {
        return items[number];
    }

    /** @return the objects in the order of their numbers, a copy */
    List<Object> toList() {
        return size == 0 ? List.of() : Arrays.asList(Arrays.copyOf(items, size));
    }
}
