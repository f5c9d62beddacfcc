package nngrade.examiner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nngrade.host.DrawnValues;
import nngrade.host.References;
import nngrade.host.Wire;
import nngrade.host.WireInput;
import nngrade.host.WireOutput;

/**
 * The examiner's side of what crosses by reference: the submission's objects arrive as numbers
 * and become proxies; the checks' own objects handed to the submission (a line search, a
 * gradient function, a counting wrapper) get numbers and are called back; a plain
 * java.util.Random is sent as its state and mirrored in the host, its draws replayed here after
 * the call ({@link DrawReplay}), and so are {@link DrawnValues}. Numbers of callback objects last for one check.
 */
final class ExaminerReferences implements References {

    private final HostConnection connection;
    private final List<Object> callbacks = new ArrayList<>();
    private final List<Throwable> thrownByCallbacks = new ArrayList<>();
    private List<Object> mirrored = new ArrayList<>();

    ExaminerReferences(HostConnection connection) {
        this.connection = connection;
    }

    /** Forgets the objects of the check that ended. */
    void reset() {
        callbacks.clear();
        thrownByCallbacks.clear();
    }

    /**
     * @return the plain generators and the {@link DrawnValues} written into the request just built,
     *     in order: the host mirrors them for the call
     */
    List<Object> takeMirrored() {
        if (mirrored.isEmpty()) {
            return List.of();
        }
        List<Object> taken = mirrored;
        mirrored = new ArrayList<>();
        return taken;
    }

    Object callback(int number) {
        if (number < 0 || number >= callbacks.size()) {
            throw new IllegalStateException("no callback object " + number);
        }
        return callbacks.get(number);
    }

    /** @return the number under which a callback's exception is kept, to rethrow the very same one */
    int keep(Throwable t) {
        thrownByCallbacks.add(t);
        return thrownByCallbacks.size() - 1;
    }

    /** @return the exception a callback threw, if {@code number} names one */
    Throwable kept(int number) {
        return number >= 0 && number < thrownByCallbacks.size() ? thrownByCallbacks.get(number) : null;
    }

    /**
     * @param value    an argument of a call into the submission; not modified
     * @param declared the type its parameter declares
     * @return whether the value crosses as an object the submission calls back, each of its calls
     *     a round trip ({@link #write} numbers it as a callback): neither data
     *     ({@link WireOutput#crossesAsData}), nor an object of the submission, nor a generator
     *     the host mirrors (a plain java.util.Random, {@link DrawnValues}). A subclass of Random
     *     is called back, so is any object handed through an interface.
     */
    static boolean crossesAsCallBack(Object value, Class<?> declared) {
        if (WireOutput.crossesAsData(value) || RemoteObject.behind(value) != null || value.getClass() == Random.class
                || value instanceof DrawnValues) {
            return false;
        }
        return value instanceof Random || declared.isInterface() && declared.isInstance(value);
    }

    @Override
    public void write(WireOutput out, Object value, Class<?> declared) {
        RemoteObject remote = RemoteObject.behind(value);
        if (remote != null) {
            if (remote.connection() != connection) {
                throw new SubmissionLost("an object of the submission's previous JVM was used after it was restarted", false);
            }
            out.writeByte(Wire.HANDLE).writeInt(remote.handle());
        } else if (value.getClass() == Random.class) {
            RandomState.write((Random) value, out.writeByte(Wire.RANDOM));
            mirrored.add(value);
        } else if (value instanceof DrawnValues d) {
            d.writeTo(out);
            mirrored.add(d);
        } else if (crossesAsCallBack(value, declared)) {
            callbacks.add(value);
            out.writeByte(Wire.CALLBACK_OBJECT).writeInt(callbacks.size() - 1)
                    .writeName((value instanceof Random ? Random.class : declared).getName());
        } else {
            throw new IllegalArgumentException("a " + value.getClass().getName() + " cannot be sent to the submission");
        }
    }

    @Override
    public Object read(WireInput in, byte tag, Class<?> declared) {
        return switch (tag) {
            case Wire.HANDLE -> {
                int handle = in.readInt();
                if (!declared.isInterface() || !declared.getName().startsWith("nngrade.problems.")) {
                    throw new IllegalStateException("an object came where a " + declared.getSimpleName() + " was expected");
                }
                yield RemoteObject.of(connection, handle, declared);
            }
            case Wire.CALLBACK_OBJECT -> callback(in.readInt());
            default -> throw new IllegalStateException("unexpected tag " + tag + " from the submission");
        };
    }
}
