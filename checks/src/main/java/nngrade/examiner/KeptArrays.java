package nngrade.examiner;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nngrade.host.Snapshots;
import nngrade.host.WireInput;
import nngrade.host.WireOutput;

/**
 * The examiner's side of the arrays a submission keeps between calls (see the host's Retention):
 * the caller's own arrays the host reports kept, with the numbers both sides use for them. Before
 * every call the examiner sends its changes to them; after every call it takes the host's, so
 * that sharing an array with a submission means here what it means in-process.
 */
final class KeptArrays {

    private final Map<Integer, Object> byNumber = new HashMap<>();
    private final Map<Object, Integer> numbers = new IdentityHashMap<>();
    private final Map<Object, Object> copies = new IdentityHashMap<>();

    /** @return the kept arrays' numbers, for writing a kept array by its number */
    Map<Object, Integer> numbers() {
        return numbers;
    }

    Object array(int number) {
        Object a = byNumber.get(number);
        if (a == null) {
            throw new IllegalStateException("no kept array " + number);
        }
        return a;
    }

    void reset() {
        byNumber.clear();
        numbers.clear();
        copies.clear();
    }

    /** Writes the changes the checks made to kept arrays since the last call (count, then number and contents). */
    void writeChanges(WireOutput out) {
        if (byNumber.isEmpty()) { // most checks' objects keep nothing: no stream for every call
            out.writeInt(0);
            return;
        }
        List<Integer> changed = byNumber.entrySet().stream()
                .filter(e -> copies.get(e.getValue()) == null || !Snapshots.same(e.getValue(), copies.get(e.getValue()))).map(Map.Entry::getKey).toList();
        out.writeInt(changed.size());
        for (int n : changed) {
            Object a = byNumber.get(n);
            out.writeInt(n).writeArrayContents(a);
            copies.put(a, Snapshots.copy(a));
        }
    }

    /**
     * Reads what the host says after a call: arrays newly kept (where they were in the request or
     * the reply), changes to kept arrays, arrays let go.
     *
     * @param request the request's arrays, by number
     * @param reply   the reply's arrays, by number
     */
    void readChanges(WireInput in, List<Object> request, List<Object> reply) {
        int fresh = in.readInt();
        for (int i = 0; i < fresh; i++) {
            byte side = in.readByte();
            int where = in.readInt();
            int number = in.readInt();
            List<Object> from = side == 0 ? request : reply;
            if (side < 0 || side > 1 || where < 0 || where >= from.size() || byNumber.containsKey(number)) {
                throw new IllegalStateException("a kept array that is not one of the call's");
            }
            Object a = from.get(where);
            byNumber.put(number, a);
            numbers.put(a, number);
        }
        int changed = in.readInt();
        for (int i = 0; i < changed; i++) {
            in.readUpdateOf(array(in.readInt()));
        }
        int dropped = in.readInt();
        for (int i = 0; i < dropped; i++) {
            Object a = byNumber.remove(in.readInt());
            if (a == null) {
                throw new IllegalStateException("an unknown kept array let go");
            }
            numbers.remove(a);
            copies.remove(a);
        }
        byNumber.values().forEach(a -> copies.put(a, Snapshots.copy(a)));
    }
}
