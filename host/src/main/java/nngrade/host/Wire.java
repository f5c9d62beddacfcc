package nngrade.host;

/**
 * The vocabulary of the channel between the examiner and the host: message kinds and value tags.
 *
 * <p>A message starts with its kind. Values are tagged; arrays are numbered in the order they
 * are written, so that an array met twice in one message is sent once and referred to after
 * (a returned array that is one of the arguments is known as such: {@link #ARG_REF}).
 */
public final class Wire {

    private Wire() {
    }

    // ---- messages, examiner to host ----
    /** handle, method key, arguments: call a method of a submission object. */
    public static final byte CALL = 1;
    /** The check is over: forget its objects and hand over what the submission printed. */
    public static final byte RESET = 2;
    /** Answer of the examiner to a callback: a value. */
    public static final byte CALLBACK_RETURN = 3;
    /** Answer of the examiner to a callback: it threw (id, class name, message). */
    public static final byte CALLBACK_THROW = 4;
    /** End of grading: the host exits. */
    public static final byte SHUTDOWN = 5;
    /**
     * Several calls in one message (count, then each CALL message whole, length first): the host
     * makes them one after the other, as a caller's loop would with nothing in between, and stops
     * at the first that throws. One hand-over of the turn instead of one per call.
     */
    public static final byte BATCH = 6;
    /**
     * The calls a check is predicted to make (as {@link #BATCH}), made in order whatever each one
     * gives: one that throws does not end it. It ends early only before a call the host cannot
     * make (on an object it never handed out), or after one that throws NotImplementedYet (the
     * check will not go as predicted): so the calls made are always a prefix of those sent, and
     * the reply ({@link #BATCH_REPLY}) says how long a prefix.
     */
    public static final byte SPECULATION = 7;
    /** Answer to {@link #UP}: the JVM's own threads are known, load the submission. */
    public static final byte LOAD = 8;
    /**
     * A CALL followed by a {@link CentralDifferences.Question}: make the call at each of the
     * question's points and answer (RETURN, a double[]) the sums of each one's terms, or what the
     * first call that threw threw (THROW). It may stand in a SPECULATION as a CALL does.
     */
    public static final byte DIFFERENCES = 18;

    // ---- messages, host to examiner ----
    /**
     * The JVM is up and nothing of the submission has run yet: every thread it has is the JVM's own
     * or the call server's. The host waits for {@link #LOAD}, so the examiner lists them before the
     * submission's static initializers and constructor can start a thread of their own.
     */
    public static final byte UP = 9;
    /** The submission is loaded: the problem ids whose factory method it does not override. */
    public static final byte HELLO = 10;
    /** The submission could not be loaded: why. */
    public static final byte FATAL = 11;
    /** A call returned: value, updated arguments, draws from the caller's generators. */
    public static final byte RETURN = 12;
    /** A call threw: the exception, updated arguments, draws. */
    public static final byte THROW = 13;
    /** The submission calls back an object of the examiner: id, method key, arguments. */
    public static final byte CALLBACK = 14;
    /** Answer to RESET: what the submission printed, capped, and how much was cut. */
    public static final byte OUTPUT = 15;
    /** Answer to BATCH: count, then each call's RETURN or THROW message whole, length first; a THROW ends it. */
    public static final byte BATCH_REPLY = 16;
    /** Host to examiner: the call the examiner asked to stop was stopped; the host serves on ({@link CallStopper}). */
    public static final byte STOPPED = 17;
    /** The most calls one BATCH may hold. */
    public static final int MAX_BATCH = 4_096;

    // ---- value tags ----
    public static final byte NULL = 0;
    public static final byte BOOLEAN = 1;
    public static final byte INT = 2;
    public static final byte LONG = 3;
    public static final byte DOUBLE = 4;
    public static final byte STRING = 5;
    public static final byte FLOAT = 6;
    /** An array: the name of its component type, then its length and elements. */
    public static final byte ARRAY = 10;
    public static final byte ARRAY_REF = 11;
    public static final byte ARG_REF = 12;
    /** An array the submission keeps between calls, by its number on both sides (see Retention). */
    public static final byte KEPT_REF = 13;
    /**
     * An {@link #ARRAY} of double, its type's name left out. Nearly every array that crosses is a
     * double[] or a row of a double[][] ({@link #DOUBLE_ROWS}): reading a name and looking up its
     * type for each of them was a third of the time the host took to read a call (profiled on
     * alice; a tenth since), and the checks' predicted calls are 10% shorter (98 to 89 MB).
     */
    public static final byte DOUBLES = 14;
    /** An {@link #ARRAY} of double[] (a matrix), its type's name left out: its rows follow as values. */
    public static final byte DOUBLE_ROWS = 15;
    /**
     * Examiner to host, in a call of a {@link #BATCH}: an array an earlier call of the same batch
     * was handed, by that call's place in the batch and the array's number in it. In-process the
     * calls of a loop that hands the same array to each (an optimizer's parameters, updated in
     * place step after step) share it, so they share the host's copy: each call sees what the
     * calls before it left there.
     */
    public static final byte BATCH_REF = 16;
    public static final byte ENUM = 20;
    public static final byte RECORD = 21;
    public static final byte LIST = 22;
    /** An object living in the host, by its number there. */
    public static final byte HANDLE = 30;
    /** An object living in the examiner, by its number there, with the interface it is called through. */
    public static final byte CALLBACK_OBJECT = 31;
    /** The examiner's own java.util.Random: its state (seed, a Gaussian drawn ahead), mirrored in the host. */
    public static final byte RANDOM = 32;
    /** The examiner's {@link DrawnValues}: its values and how many were drawn, copied into the host. */
    public static final byte DRAWN = 33;

    // ---- draws from a mirrored java.util.Random, replayed on the original ----
    public static final byte DRAW_INT = 1;
    public static final byte DRAW_INT_BOUNDED = 2;
    public static final byte DRAW_LONG = 3;
    public static final byte DRAW_BOOLEAN = 4;
    public static final byte DRAW_FLOAT = 5;
    public static final byte DRAW_DOUBLE = 6;
    public static final byte DRAW_GAUSSIAN = 7;
    public static final byte DRAW_BYTES = 8;
    public static final byte SET_SEED = 9;

    /** The largest message the examiner accepts from a host. */
    public static final int MAX_MESSAGE = 64 << 20;
    /** The shared buffer: larger messages travel in chunks. */
    public static final int BUFFER = 4 << 20;
    /** Nesting of arrays, records and lists. */
    public static final int MAX_DEPTH = 32;
    /** Characters kept of an exception message or a string from the host. */
    public static final int MAX_TEXT = 2_000;
}
