package nngrade.host;

import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes one message: its kind, then tagged values. Arrays are numbered as they are written, so
 * that the same array written twice is sent once ({@link Wire#ARRAY_REF}); in a reply, an
 * argument array of the request goes back as {@link Wire#ARG_REF}, which is how a returned
 * array that is one of the inputs stays that very array on the caller's side.
 */
public final class WireOutput {

    private byte[] bytes = new byte[1 << 12];
    private ByteBuffer buffer = wrap(bytes);
    private final IdentityIndex arrays = new IdentityIndex();
    private final IdentityIndex requestArrays = new IdentityIndex();
    private Map<Object, Integer> kept = Map.of();
    private final References references;

    public WireOutput(References references) {
        this.references = references;
    }

    /**
     * @param keptNumbers the arrays the submission keeps between calls, with their numbers: such an
     *                    array is written as its number, for the other side's copy of it (a live view)
     */
    public WireOutput keeping(Map<Object, Integer> keptNumbers) {
        this.kept = keptNumbers;
        return this;
    }

    /**
     * The arrays the earlier calls of the batch being written were handed, each with its call's
     * place in the batch (high half) and its number there (low half); null when no batch is written.
     */
    private Map<Object, Long> earlierCalls;

    /**
     * Starts or ends writing the calls of a {@link Wire#BATCH}: while a map is set, an array that an
     * earlier call of the batch was handed is written as a reference to it ({@link Wire#BATCH_REF}),
     * so the host's calls share one copy as the caller's share the array.
     *
     * @param calls where the earlier calls' arrays are, filled in by {@link #endBatchCall}; null to end
     */
    public WireOutput earlierInBatch(Map<Object, Long> calls) {
        earlierCalls = calls;
        return this;
    }

    /** Notes the arrays of the call just written as the batch's call number {@code call}, for the calls after it. */
    public void endBatchCall(int call) {
        for (int i = 0; i < arrays.size(); i++) {
            earlierCalls.putIfAbsent(arrays.get(i), ((long) call << 32) | i);
        }
    }

    /** Starts a new message of the given kind. */
    public WireOutput begin(byte kind) {
        buffer.clear();
        arrays.clear();
        requestArrays.clear();
        return writeByte(kind);
    }

    /**
     * Starts a reply whose values may refer to the arrays of the request it answers.
     *
     * @param request the request's arrays in the order of their numbers, as {@link WireInput#arrays()} gives them; not modified
     */
    public WireOutput beginReply(byte kind, List<Object> request) {
        begin(kind);
        requestArrays.reset(request);
        return this;
    }

    /** @return the arrays written so far in this message, in the order of their numbers */
    public List<Object> arraysWritten() {
        return arrays.toList();
    }

    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return buffer.position();
    }

    /** Writes {@code length} bytes of another message, length first (the parts of a batch). */
    public WireOutput writeBytes(byte[] message, int length) {
        writeInt(length);
        room(length).put(message, 0, length);
        return this;
    }

    /** Overwrites the int written at {@code position} (a count known only at the end). */
    public void putInt(int position, int v) {
        buffer.putInt(position, v);
    }

    public WireOutput writeByte(int b) {
        room(1).put((byte) b);
        return this;
    }

    public WireOutput writeInt(int v) {
        room(4).putInt(v);
        return this;
    }

    public WireOutput writeLong(long v) {
        room(8).putLong(v);
        return this;
    }

    public WireOutput writeDouble(double v) {
        room(8).putDouble(v);
        return this;
    }

    /**
     * Writes what names a call, into the submission or back into the examiner: the object's
     * number, the method's key ({@link MethodKeys}), then the arguments as the method's
     * parameter types say.
     *
     * @param args the arguments (not modified); null for none
     */
    public WireOutput writeCall(int handle, java.lang.reflect.Method method, Object[] args) {
        Class<?>[] types = MethodKeys.parameterTypes(method);
        writeInt(handle).writeName(MethodKeys.of(method)).writeInt(args == null ? 0 : args.length);
        for (int i = 0; args != null && i < args.length; i++) {
            writeValue(args[i], types[i]);
        }
        return this;
    }

    public WireOutput writeString(String s) {
        return writeUtf8(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a name of the contract (a method key, a class's name) as {@link #writeString} would:
     * every call names its method and every array its type, and encoding the same few names
     * afresh each time was a twentieth of a call's cost.
     */
    public WireOutput writeName(String name) {
        byte[] utf8 = NAMES.get(name);
        if (utf8 == null) {
            utf8 = name.getBytes(StandardCharsets.UTF_8);
            if (NAMES.size() < MAX_NAMES) { // the host writes names the submission chose: not without bound
                NAMES.put(name, utf8);
            }
        }
        return writeUtf8(utf8);
    }

    private static final int MAX_NAMES = 1_000;
    private static final Map<String, byte[]> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private WireOutput writeUtf8(byte[] utf8) {
        writeInt(utf8.length);
        room(utf8.length).put(utf8);
        return this;
    }

    /**
     * @return whether {@link #writeValue} writes {@code v} itself (a number, a boolean, a string,
     *     an array, an enum constant, a record, a list) rather than handing it to the references
     *     (an object of either side, a generator); null is written as itself too
     */
    public static boolean crossesAsData(Object v) {
        return v == null || v instanceof Double || v instanceof Integer || v instanceof Boolean || v instanceof Long
                || v instanceof Float || v instanceof String || v.getClass().isArray() || v instanceof Enum<?>
                || v.getClass().isRecord() || v instanceof List<?>;
    }

    /** Writes a value of any type that may cross: see {@link Wire}'s tags. */
    public WireOutput writeValue(Object v, Class<?> declared) {
        if (v == null) {
            return writeByte(Wire.NULL);
        } else if (v instanceof Double d) {
            return writeByte(Wire.DOUBLE).writeDouble(d);
        } else if (v instanceof Integer i) {
            return writeByte(Wire.INT).writeInt(i);
        } else if (v instanceof Boolean b) {
            return writeByte(Wire.BOOLEAN).writeByte(b ? 1 : 0);
        } else if (v instanceof Long l) {
            return writeByte(Wire.LONG).writeLong(l);
        } else if (v instanceof Float f) {
            room(5).put(Wire.FLOAT).putFloat(f);
            return this;
        } else if (v instanceof String s) {
            return writeByte(Wire.STRING).writeString(s);
        } else if (v.getClass().isArray()) {
            return writeArray(v);
        } else if (v instanceof Enum<?> e) {
            return writeByte(Wire.ENUM).writeName(e.getDeclaringClass().getName()).writeName(e.name());
        } else if (v.getClass().isRecord()) {
            return writeRecord(v);
        } else if (v instanceof List<?> list) {
            writeByte(Wire.LIST).writeInt(list.size());
            list.forEach(e -> writeValue(e, Object.class));
            return this;
        }
        references.write(this, v, declared);
        return this;
    }

    private WireOutput writeArray(Object array) {
        Integer keptNumber = kept.isEmpty() ? null : kept.get(array);
        if (keptNumber != null) {
            return writeByte(Wire.KEPT_REF).writeInt(keptNumber);
        }
        int request = requestArrays.numberOf(array);
        if (request >= 0) {
            return writeByte(Wire.ARG_REF).writeInt(request);
        }
        int seen = arrays.numberOf(array);
        if (seen >= 0) {
            return writeByte(Wire.ARRAY_REF).writeInt(seen);
        }
        long earlier = earlierCalls == null ? -1 : earlierCalls.getOrDefault(array, -1L);
        if (earlier >= 0) {
            arrays.add(array);
            return writeByte(Wire.BATCH_REF).writeInt((int) (earlier >>> 32)).writeInt((int) earlier);
        }
        arrays.add(array);
        Class<?> component = array.getClass().getComponentType();
        if (component == double.class) {
            writeByte(Wire.DOUBLES);
        } else if (component == double[].class) {
            writeByte(Wire.DOUBLE_ROWS);
        } else {
            writeByte(Wire.ARRAY).writeName(component.getName());
        }
        return writeArrayContents(array);
    }

    /** Writes an array's length and elements (not its tag): also how an updated argument travels back. */
    public WireOutput writeArrayContents(Object array) {
        int n = Array.getLength(array);
        writeInt(n);
        if (array instanceof double[] d && n <= WireInput.SMALL) { // as WireInput reads them
            room(8L * n);
            for (double v : d) {
                buffer.putDouble(v);
            }
        } else if (array instanceof double[] d) {
            room(8L * n).asDoubleBuffer().put(d);
            buffer.position(buffer.position() + 8 * n);
        } else if (array instanceof int[] a) {
            room(4L * n).asIntBuffer().put(a);
            buffer.position(buffer.position() + 4 * n);
        } else if (array instanceof long[] a) {
            room(8L * n).asLongBuffer().put(a);
            buffer.position(buffer.position() + 8 * n);
        } else if (array instanceof boolean[] a) {
            ByteBuffer b = room(n);
            for (boolean x : a) {
                b.put((byte) (x ? 1 : 0));
            }
        } else if (array instanceof byte[] a) {
            room(n).put(a);
        } else if (array instanceof float[] a) {
            room(4L * n).asFloatBuffer().put(a);
            buffer.position(buffer.position() + 4 * n);
        } else if (array instanceof Object[] a) {
            Class<?> component = array.getClass().getComponentType();
            for (Object e : a) {
                writeValue(e, component);
            }
        } else {
            throw new IllegalArgumentException("an array of " + array.getClass().getComponentType()
                    + " cannot cross the channel");
        }
        return this;
    }

    private WireOutput writeRecord(Object record) {
        RecordShape shape = RecordShape.of(record.getClass());
        writeByte(Wire.RECORD).writeName(record.getClass().getName()).writeInt(shape.size());
        for (int i = 0; i < shape.size(); i++) {
            writeValue(shape.component(record, i), shape.type(i));
        }
        return this;
    }

    /** @return the buffer, with room for {@code n} more bytes */
    private ByteBuffer room(long n) {
        if (buffer.remaining() < n) {
            long need = buffer.position() + n;
            if (need > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("a message of " + need + " bytes is too large");
            }
            int position = buffer.position();
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(need, 2L * bytes.length)));
            buffer = wrap(bytes);
            buffer.position(position);
        }
        return buffer;
    }

    private static ByteBuffer wrap(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.nativeOrder());
    }
}
