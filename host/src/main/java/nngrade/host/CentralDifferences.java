package nngrade.host;

import java.util.Arrays;

/**
 * The forward passes of a central-difference gradient check, made where the subject is, each
 * reduced to the two sums the check uses: where the subject is a submission behind the channel,
 * one message asks for all of them, instead of one call per perturbed element (a gradient check
 * made 59% of a grading's calls, each carrying a whole input and output).
 *
 * <p>The check differentiates phi(v) = sum_i t_i(v), whose terms are dy_i y_i(v) for a forward
 * y(v) of array values (flattened row by row), or y(v) itself for a scalar forward, followed by
 * the caller's extra terms (e.g. +scale, -scale, which widen the rounding bound and leave the
 * sum alone). For every point it needs sum_i t_i and sum_i |t_i| (the second bounds the rounding
 * noise). The point p perturbs one element of one argument (a double, a double[] or a double[][]):
 * element p / 2 of the argument, flattened row by row, set to {@code values[p]} (x_j + h_j for
 * even p, x_j - h_j for odd p).
 *
 * <p>Each point's call gets fresh copies of every array argument, so no call sees what another
 * did to its arguments, and the arguments handed in are left as they were. The calls are made in
 * order on the one object, and the first that throws ends the question with what it threw.
 *
 * <p>{@link #answer} is the one computation of these sums, whichever side makes the calls: in the
 * host for a submission behind the channel, in the examiner for a subject in its own process. So
 * a check gets the same numbers either way, to the bit. What the host answers is a claim like any
 * other: a sum it makes up is a forward output it makes up, which the check judges as such.
 */
public final class CentralDifferences {

    private CentralDifferences() {
    }

    /**
     * What a check asks.
     *
     * @param argument the place of the perturbed argument among the call's arguments
     * @param values   the perturbed element's value at each point, in order; not modified
     * @param dy       the weights of the terms, one per element of the forward's output (a double,
     *                 double[] or double[][]), or null for a forward whose value is one number
     *                 taken as it is; not modified
     * @param columns  the length of every row of a forward whose value must be a double[][], or 0
     *                 for a value of any shape with as many elements as dy
     * @param extra    terms appended to each point's terms; not modified
     */
    public record Question(int argument, double[] values, double[] dy, int columns, double[] extra) {

        /** Writes the question after its call (arguments and all), as {@link #read} reads it. */
        public void write(WireOutput out) {
            out.writeInt(argument).writeInt(columns);
            writeDoubles(out, values);
            out.writeByte(dy == null ? 0 : 1);
            if (dy != null) {
                writeDoubles(out, dy);
            }
            writeDoubles(out, extra);
        }

        /** @return the question {@link #write} wrote */
        public static Question read(WireInput in) {
            int argument = in.readInt();
            int columns = in.readInt();
            double[] values = readDoubles(in);
            double[] dy = in.readByte() == 0 ? null : readDoubles(in);
            return new Question(argument, values, dy, columns, readDoubles(in));
        }
    }

    /** Makes one call of the subject with the given arguments. */
    @FunctionalInterface
    public interface Call {
        Object make(Object[] args) throws Throwable;
    }

    /**
     * Makes the question's calls and sums each one's terms.
     *
     * @param q    the question; not modified
     * @param args the call's arguments, the perturbed one at its unperturbed value; not modified
     * @param call makes one call of the subject
     * @return for each point in order: sum t_i, then sum |t_i|. If a point's forward has the wrong
     *     shape, the sums stop before it and one more number follows, the length it had (-1 for
     *     null or a null row, -2 for rows of another length than the question's columns): see {@link Sums}
     * @throws Throwable what the first call that threw threw
     */
    public static double[] answer(Question q, Object[] args, Call call) throws Throwable {
        int points = q.values().length;
        double[] sums = new double[2 * points];
        for (int p = 0; p < points; p++) {
            Object[] at = freshCopies(args);
            at[q.argument()] = withElement(at[q.argument()], p / 2, q.values()[p]);
            Object y = call.make(at);
            double[] terms = terms(y, q);
            if (terms == null) {
                double[] cut = Arrays.copyOf(sums, 2 * p + 1);
                cut[2 * p] = length(y, q);
                return cut;
            }
            double sum = 0;
            double sumAbs = 0;
            for (double t : terms) {
                sum += t;
                sumAbs += Math.abs(t);
            }
            sums[2 * p] = sum;
            sums[2 * p + 1] = sumAbs;
        }
        return sums;
    }

    /**
     * @param arg an argument's value
     * @return whether {@link #answer} can hand it to every point's call: a number, or an array of
     *     numbers or of rows of doubles (copied for each call)
     */
    public static boolean plain(Object arg) {
        return arg instanceof Double || arg instanceof Integer || arg instanceof Long || arg instanceof Boolean
                || arg instanceof double[] || arg instanceof int[] || arg instanceof long[] || arg instanceof boolean[]
                || arg instanceof double[][] rows && Arrays.stream(rows).allMatch(r -> r != null);
    }

    /** @return whether {@link #answer} can perturb an argument: a double, a double[], a double[][] with no null row */
    public static boolean perturbable(Object arg) {
        return arg instanceof Double || arg instanceof double[] || arg instanceof double[][] && plain(arg);
    }

    /** @return the number of elements of a double (1), a double[] or, row by row, of a double[][] with no null row */
    public static int flatLength(Object arg) {
        if (arg instanceof Double) {
            return 1;
        }
        if (arg instanceof double[] a) {
            return a.length;
        }
        int n = 0;
        for (double[] row : (double[][]) arg) {
            n += row.length;
        }
        return n;
    }

    /** @return element j of a double (j = 0), a double[] or, row by row, of a double[][] */
    public static double flatElement(Object arg, int j) {
        if (arg instanceof Double v && j == 0) {
            return v;
        }
        if (arg instanceof double[] a) {
            return a[j];
        }
        double[][] rows = (double[][]) arg;
        int[] at = place(rows, j);
        return rows[at[0]][at[1]];
    }

    /** @return the row and column of element j of rows, counted row by row */
    private static int[] place(double[][] rows, int j) {
        int k = j;
        for (int r = 0; r < rows.length; r++) {
            if (k < rows[r].length) {
                return new int[] {r, k};
            }
            k -= rows[r].length;
        }
        throw new IndexOutOfBoundsException("no element " + j);
    }

    private static Object[] freshCopies(Object[] args) {
        Object[] copies = args.clone();
        for (int i = 0; i < copies.length; i++) {
            if (copies[i] instanceof double[][] rows) {
                double[][] c = new double[rows.length][];
                for (int r = 0; r < rows.length; r++) {
                    c[r] = Arrays.copyOf(rows[r], rows[r].length);
                }
                copies[i] = c;
            } else if (copies[i] != null && copies[i].getClass().isArray()) {
                copies[i] = Snapshots.copy(copies[i]);
            }
        }
        return copies;
    }

    /** @return the argument with element j set to value: the same array (a copy), or the new double */
    private static Object withElement(Object arg, int j, double value) {
        if (arg instanceof Double) {
            return value;
        }
        if (arg instanceof double[] a) {
            a[j] = value;
            return a;
        }
        double[][] rows = (double[][]) arg;
        int[] at = place(rows, j);
        rows[at[0]][at[1]] = value;
        return rows;
    }

    /** @return the terms of a point, or null if the forward's value has the wrong shape for them */
    private static double[] terms(Object y, Question q) {
        double[] dy = q.dy();
        double[] extra = q.extra();
        double[] own;
        if (dy == null) {
            if (!(y instanceof Double v)) {
                return null;
            }
            own = new double[] {v};
        } else {
            double[] flat = flatten(y);
            if (flat == null || flat.length != dy.length || q.columns() > 0 && !rowsOf(y, q.columns())) {
                return null;
            }
            own = flat;
            for (int i = 0; i < own.length; i++) {
                own[i] = dy[i] * own[i];
            }
        }
        double[] all = Arrays.copyOf(own, own.length + extra.length);
        System.arraycopy(extra, 0, all, own.length, extra.length);
        return all;
    }

    private static boolean rowsOf(Object y, int columns) {
        return y instanceof double[][] rows && Arrays.stream(rows).allMatch(r -> r.length == columns);
    }

    /** @return a copy of a double, a double[], or a double[][] row by row, or null for anything else */
    private static double[] flatten(Object y) {
        if (y instanceof Double v) {
            return new double[] {v};
        }
        if (y instanceof double[] a) {
            return a.clone();
        }
        if (!(y instanceof double[][] rows)) {
            return null;
        }
        int n = 0;
        for (double[] row : rows) {
            if (row == null) {
                return null;
            }
            n += row.length;
        }
        double[] flat = new double[n];
        int at = 0;
        for (double[] row : rows) {
            System.arraycopy(row, 0, flat, at, row.length);
            at += row.length;
        }
        return flat;
    }

    /**
     * @return the length of a wrongly shaped value as {@link Sums} reports it: -1 for null or a
     *     null row, -2 for rows of another length than the question's columns
     */
    private static int length(Object y, Question q) {
        double[] flat = flatten(y);
        return flat == null ? -1 : q.dy() != null && flat.length == q.dy().length ? -2 : flat.length;
    }

    /**
     * An answer read back.
     *
     * @param sums      sum t_i then sum |t_i| for each point answered
     * @param badLength the length of the first point's forward that had the wrong shape (-1 for
     *                  null, -2 for rows of the wrong length), or null if every point was answered
     */
    public record Sums(double[] sums, Integer badLength) {

        /** @return what {@link CentralDifferences#answer} returned, read; not modified */
        public static Sums of(double[] answer, int points) {
            if (answer == null || answer.length > 2 * points || answer.length % 2 == 0 && answer.length != 2 * points) {
                throw new IllegalStateException("an answer of " + (answer == null ? "null" : answer.length + " numbers")
                        + " to " + points + " points");
            }
            if (answer.length % 2 == 0) {
                return new Sums(answer, null);
            }
            return new Sums(Arrays.copyOf(answer, answer.length - 1), (int) answer[answer.length - 1]);
        }
    }

    private static void writeDoubles(WireOutput out, double[] a) {
        out.writeInt(a.length);
        for (double v : a) {
            out.writeDouble(v);
        }
    }

    private static double[] readDoubles(WireInput in) {
        int n = in.readInt();
        if (n < 0 || n > Wire.MAX_MESSAGE / Double.BYTES) {
            throw new IllegalStateException("an array of " + n + " numbers");
        }
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }
}
