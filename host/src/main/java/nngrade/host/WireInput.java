package nngrade.host;

import java.lang.reflect.Array;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one message written by {@link WireOutput}. On the examiner's side the bytes come from an
 * untrusted process, so nothing is believed: every length is checked against the bytes that
 * remain before anything is allocated, nesting is bounded, classes are resolved only among the
 * contract's types ({@link ContractTypes}), and anything malformed is an
 * {@link IllegalStateException}.
 */
public final class WireInput {

    private ByteBuffer in;
    private final List<Object> arrays = new ArrayList<>();
    private List<Object> requestArrays = List.of();
    private java.util.function.IntFunction<Object> kept = n -> {
        throw new IllegalStateException("no kept array " + n);
    };
    private final References references;
    private int depth;

    public WireInput(References references) {
        this.references = references;
    }

    /** @param keptArrays finds an array the submission keeps between calls by its number; throws if there is none */
    public WireInput keeping(java.util.function.IntFunction<Object> keptArrays) {
        this.kept = keptArrays;
        return this;
    }

    /** Starts reading a message: the first {@code length} bytes of {@code bytes}. */
    public WireInput begin(byte[] bytes, int length) {
        in = ByteBuffer.wrap(bytes, 0, length).order(ByteOrder.nativeOrder());
        arrays.clear();
        requestArrays = List.of();
        depth = 0;
        return this;
    }

    /**
     * Starts reading a reply whose {@link Wire#ARG_REF}s point into the request it answers.
     *
     * @param request the arrays the request wrote, in the order it wrote them
     */
    public WireInput beginReply(byte[] bytes, int length, List<Object> request) {
        begin(bytes, length);
        requestArrays = request;
        return this;
    }

    /**
     * Lets the rest of this message refer back to the arrays of the request it answers (when the
     * kind read says it is a reply).
     */
    public WireInput referringTo(List<Object> request) {
        requestArrays = request;
        return this;
    }

    /**
     * @return the arrays read so far in this message, in the order of their numbers: what a reply
     *     may refer back to ({@link WireOutput#beginReply})
     */
    public List<Object> arrays() {
        return List.copyOf(arrays);
    }

    /** @return a private copy of the next length-prefixed bytes (a part of a batch) */
    public byte[] readBytes() {
        return readBytes(readLength(1));
    }

    public byte readByte() {
        need(1);
        return in.get();
    }

    public int readInt() {
        need(4);
        return in.getInt();
    }

    public long readLong() {
        need(8);
        return in.getLong();
    }

    public double readDouble() {
        need(8);
        return in.getDouble();
    }

    public String readString() {
        int n = readLength(1);
        if (n > MAX_RECENT_LENGTH) {
            return new String(readBytes(n), StandardCharsets.UTF_8);
        }
        // read in place, from the array behind the buffer: a name seen lately costs no copy
        byte[] whole = in.array();
        int from = in.arrayOffset() + in.position();
        int h = n;
        for (int i = from; i < from + n; i++) {
            h = 31 * h + whole[i];
        }
        int slot = (h ^ (h >>> 16)) & (RECENT - 1);
        byte[] known = recentBytes[slot];
        if (known != null && Arrays.equals(known, 0, known.length, whole, from, from + n)) {
            in.position(in.position() + n);
            return recentStrings[slot];
        }
        byte[] utf8 = readBytes(n);
        String s = new String(utf8, StandardCharsets.UTF_8);
        recentBytes[slot] = utf8;
        recentStrings[slot] = s;
        return s;
    }

    private byte[] readBytes(int n) {
        byte[] bytes = new byte[n];
        in.get(bytes);
        return bytes;
    }

    /**
     * Strings read lately, by their bytes: the same method keys and type names come in every
     * message, and decoding each afresh was a tenth of the host's time on a call. A few short ones
     * only, so whatever the other side sends costs no memory here.
     */
    private static final int RECENT = 64;
    /** Arrays up to this length are read element by element. */
    static final int SMALL = 16;
    private static final int MAX_RECENT_LENGTH = 256;
    private final byte[][] recentBytes = new byte[RECENT][];
    private final String[] recentStrings = new String[RECENT];

    /**
     * @return a string cut to {@code max} characters: what a side keeps of text the other side
     *     chose (an exception's message), however long it was
     */
    public String readText(int max) {
        int n = readLength(1);
        byte[] utf8 = new byte[Math.min(n, 4 * max)];
        in.get(utf8);
        in.position(in.position() + n - utf8.length);
        String s = new String(utf8, StandardCharsets.UTF_8);
        return s.length() <= max && n == utf8.length ? s : s.substring(0, Math.min(s.length(), max)) + " ...";
    }

    /** @return whether the whole message has been read */
    public boolean atEnd() {
        return !in.hasRemaining();
    }

    /**
     * @param declared the type the value must have: it is checked, so a reply of the wrong type
     *                 is refused here rather than failing somewhere in a check
     */
    public Object readValue(Class<?> declared) {
        Object v = readAny(declared);
        if (declared == void.class) {
            if (v != null) {
                throw new IllegalStateException("a value came back from a method that returns nothing");
            }
            return null;
        }
        if (v != null && !boxed(declared).isInstance(v)) {
            throw new IllegalStateException("a " + describe(v.getClass()) + " came where a " + describe(declared)
                    + " was expected");
        }
        if (v == null && declared.isPrimitive()) {
            throw new IllegalStateException("null came where a " + declared + " was expected");
        }
        return v;
    }

    private Object readAny(Class<?> declared) {
        byte tag = readByte();
        return switch (tag) {
            case Wire.NULL -> null;
            case Wire.BOOLEAN -> readByte() != 0;
            case Wire.INT -> readInt();
            case Wire.LONG -> readLong();
            case Wire.DOUBLE -> readDouble();
            case Wire.FLOAT -> {
                need(4);
                yield in.getFloat();
            }
            case Wire.STRING -> readString();
            case Wire.ARRAY, Wire.DOUBLES, Wire.DOUBLE_ROWS, Wire.RECORD, Wire.LIST -> readNested(tag);
            case Wire.ARRAY_REF -> numbered(arrays, readInt());
            case Wire.ARG_REF -> numbered(requestArrays, readInt());
            case Wire.KEPT_REF -> kept.apply(readInt());
            case Wire.BATCH_REF -> fromEarlierCall(readInt(), readInt());
            case Wire.ENUM -> ContractTypes.enumConstant(readString(), readString());
            case Wire.HANDLE, Wire.CALLBACK_OBJECT, Wire.RANDOM, Wire.DRAWN -> references.read(this, tag, declared);
            default -> throw new IllegalStateException("unknown value tag " + tag);
        };
    }

    /**
     * The arrays of the calls of a batch read so far, each call's in the order of their numbers,
     * while a later call of it is read; null otherwise ({@link Wire#BATCH_REF} is then refused).
     */
    private List<List<Object>> earlierCalls;

    /**
     * @param calls the arrays of the batch's calls before the one read next ({@link #arrays()} of
     *              each), or null when no batch is read; not modified, kept until the next call
     */
    public WireInput earlierInBatch(List<List<Object>> calls) {
        earlierCalls = calls;
        return this;
    }

    private Object fromEarlierCall(int call, int number) {
        if (earlierCalls == null || call < 0 || call >= earlierCalls.size()) {
            throw new IllegalStateException("an array of call " + call + " of a batch, where there is none");
        }
        Object array = numbered(earlierCalls.get(call), number);
        arrays.add(array); // numbered in this call too: its changes come back as this call's
        return array;
    }

    private Object readArray(Class<?> component) {
        int n = readLength(component.isPrimitive() ? bytesOf(component) : 1);
        // most arrays are double[]: made directly, which costs a reflective call less
        Object array = component == double.class ? new double[n] : Array.newInstance(component, n);
        arrays.add(array);
        readArrayContents(array, n);
        return array;
    }

    /**
     * Reads an array's elements into {@code array}, which has {@code n} of them: also how an
     * argument the submission modified is written back into the caller's own array.
     */
    public void readArrayContents(Object array, int n) {
        // a view of the buffer copies a long array fastest, but costs more than a short one's elements
        if (array instanceof double[] d && n <= SMALL) {
            for (int i = 0; i < n; i++) {
                d[i] = in.getDouble();
            }
        } else if (array instanceof double[] d) {
            in.asDoubleBuffer().get(d, 0, n);
            in.position(in.position() + 8 * n);
        } else if (array instanceof int[] a) {
            in.asIntBuffer().get(a, 0, n);
            in.position(in.position() + 4 * n);
        } else if (array instanceof long[] a) {
            in.asLongBuffer().get(a, 0, n);
            in.position(in.position() + 8 * n);
        } else if (array instanceof boolean[] a) {
            for (int i = 0; i < n; i++) {
                a[i] = in.get() != 0;
            }
        } else if (array instanceof byte[] a) {
            in.get(a, 0, n);
        } else if (array instanceof float[] a) {
            in.asFloatBuffer().get(a, 0, n);
            in.position(in.position() + 4 * n);
        } else {
            Object[] a = (Object[]) array;
            Class<?> component = array.getClass().getComponentType();
            for (int i = 0; i < n; i++) {
                a[i] = readValue(component);
            }
        }
    }

    /** Reads an update of an array: its length must be the array's own. */
    public void readUpdateOf(Object array) {
        int n = readInt();
        if (n != Array.getLength(array)) {
            throw new IllegalStateException("an update of an array of " + Array.getLength(array) + " has " + n + " elements");
        }
        if (array.getClass().getComponentType().isPrimitive()) {
            need((long) n * bytesOf(array.getClass().getComponentType()));
        }
        readArrayContents(array, n);
    }

    private Object readRecord() {
        Class<?> type = ContractTypes.record(readString());
        RecordShape shape = RecordShape.of(type);
        int n = readInt();
        if (n != shape.size()) {
            throw new IllegalStateException(type.getSimpleName() + " has " + shape.size() + " components, not " + n);
        }
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            values[i] = readValue(shape.type(i));
        }
        return shape.make(values);
    }

    private Object readList() {
        int n = readLength(1);
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(readValue(Object.class));
        }
        return list;
    }

    /** Reads a value that holds values (an array, a record, a list), its nesting bounded. */
    private Object readNested(byte tag) {
        if (++depth > Wire.MAX_DEPTH) {
            throw new IllegalStateException("values nested deeper than " + Wire.MAX_DEPTH);
        }
        try {
            return switch (tag) {
                case Wire.ARRAY -> readArray(ContractTypes.arrayComponent(readString()));
                case Wire.DOUBLES -> readArray(double.class);
                case Wire.DOUBLE_ROWS -> readArray(double[].class);
                case Wire.RECORD -> readRecord();
                default -> readList();
            };
        } finally {
            depth--;
        }
    }

    private static Object numbered(List<Object> list, int i) {
        if (i < 0 || i >= list.size()) {
            throw new IllegalStateException("reference to array " + i + " of " + list.size());
        }
        return list.get(i);
    }

    /** @return a count read from the message, checked against the bytes left (each element takes at least this many) */
    private int readLength(int bytesEach) {
        int n = readInt();
        if (n < 0 || (long) n * bytesEach > in.remaining()) {
            throw new IllegalStateException("a length of " + n + " with " + in.remaining() + " bytes left");
        }
        return n;
    }

    private void need(long n) {
        if (in.remaining() < n) {
            throw new IllegalStateException("the message ends early", new BufferUnderflowException());
        }
    }

    private static int bytesOf(Class<?> primitive) {
        if (primitive == double.class || primitive == long.class) {
            return 8;
        }
        return primitive == int.class || primitive == float.class ? 4 : 1;
    }

    private static Class<?> boxed(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        if (c == double.class) {
            return Double.class;
        } else if (c == int.class) {
            return Integer.class;
        } else if (c == long.class) {
            return Long.class;
        } else if (c == boolean.class) {
            return Boolean.class;
        }
        return c == float.class ? Float.class : Void.class;
    }

    private static String describe(Class<?> c) {
        return c.isArray() ? c.getComponentType().getSimpleName() + "[]" : c.getSimpleName();
    }
}
