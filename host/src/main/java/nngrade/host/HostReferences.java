package nngrade.host;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The host's side of what crosses by reference: submission objects the examiner calls (numbered
 * here, number 0 being the submission's factory), the examiner's objects the submission calls
 * back (stand-ins that forward each call), and the examiner's generators and drawn values (mirrored).
 */
final class HostReferences implements References {

    private final CallServer server;
    private final List<Object> handles = new ArrayList<>();
    private List<Mirrored> mirrored = new ArrayList<>();

    HostReferences(CallServer server) {
        this.server = server;
    }

    /** Forgets every object of the check that ended; keeps the factory, or installs it. */
    void reset(Object factory) {
        Object keep = factory != null ? factory : handles.get(0);
        handles.clear();
        handles.add(keep);
    }

    /** @return how many objects are numbered so far */
    int count() {
        return handles.size();
    }

    /** @return the objects numbered since there were {@code count} */
    List<Object> since(int count) {
        return List.copyOf(handles.subList(count, handles.size()));
    }

    Object handle(int number) {
        if (number < 0 || number >= handles.size()) {
            throw new IllegalStateException("no object " + number);
        }
        return handles.get(number);
    }

    /** @return the generators and drawn values mirrored while the last call's arguments were read, in order */
    List<Mirrored> takeMirrored() {
        if (mirrored.isEmpty()) {
            return List.of();
        }
        List<Mirrored> taken = mirrored;
        mirrored = new ArrayList<>();
        return taken;
    }

    @Override
    public void write(WireOutput out, Object value, Class<?> declared) {
        if (Proxy.isProxyClass(value.getClass()) && Proxy.getInvocationHandler(value) instanceof RemoteCallback r) {
            out.writeByte(Wire.CALLBACK_OBJECT).writeInt(r.object());
        } else if (value instanceof RemoteRandom r) {
            out.writeByte(Wire.CALLBACK_OBJECT).writeInt(r.object());
        } else if (declared.isInterface() && declared.isInstance(value)) {
            handles.add(value);
            out.writeByte(Wire.HANDLE).writeInt(handles.size() - 1);
        } else {
            throw new IllegalArgumentException("a " + value.getClass().getName() + " cannot be sent where a "
                    + declared.getName() + " is expected");
        }
    }

    @Override
    public Object read(WireInput in, byte tag, Class<?> declared) {
        switch (tag) {
            case Wire.HANDLE -> {
                return handle(in.readInt());
            }
            case Wire.CALLBACK_OBJECT -> {
                int object = in.readInt();
                String type = in.readString();
                if (declared == Random.class) {
                    return new RemoteRandom(server, object);
                }
                Class<?> face = ContractTypes.callable(type);
                return Proxy.newProxyInstance(face.getClassLoader(), new Class<?>[] {face},
                        new RemoteCallback(server, object));
            }
            case Wire.RANDOM -> {
                MirroredRandom mirror = MirroredRandom.read(in);
                mirrored.add(mirror);
                return mirror;
            }
            case Wire.DRAWN -> {
                MirroredDraws mirror = MirroredDraws.read(in);
                if (!declared.isInstance(mirror)) {
                    throw new IllegalStateException("drawn values came where a " + declared.getName() + " was expected");
                }
                mirrored.add(mirror);
                return mirror;
            }
            default -> throw new IllegalStateException("unexpected tag " + tag);
        }
    }
}
