package nngrade.host;

import java.util.Arrays;

/** Copies of arrays taken before a call (or at a call boundary), to tell afterwards which ones changed. */
public final class Snapshots {

    private Snapshots() {
    }

    /**
     * @return a shallow copy, only for {@link #same}: the elements of an array of arrays are the
     *     same arrays, held in a plain Object[]. (Arrays.copyOf rather than clone: both sides run
     *     C1-compiled code, which turns copyOf into an array copy but clone into a call into the VM.)
     */
    public static Object copy(Object array) {
        if (array instanceof double[] a) {
            return Arrays.copyOf(a, a.length);
        } else if (array instanceof int[] a) {
            return Arrays.copyOf(a, a.length);
        } else if (array instanceof long[] a) {
            return Arrays.copyOf(a, a.length);
        } else if (array instanceof boolean[] a) {
            return Arrays.copyOf(a, a.length);
        } else if (array instanceof byte[] a) {
            return Arrays.copyOf(a, a.length);
        } else if (array instanceof float[] a) {
            return Arrays.copyOf(a, a.length);
        }
        Object[] a = (Object[]) array;
        return Arrays.copyOf(a, a.length, Object[].class);
    }

    /**
     * @return whether the array still holds what the copy holds: bit for bit for numbers (so
     *     -0.0 differs from 0.0), the same objects for an array of arrays
     */
    public static boolean same(Object array, Object copy) {
        if (array instanceof double[] a) {
            return Arrays.equals(a, (double[]) copy);
        } else if (array instanceof int[] a) {
            return Arrays.equals(a, (int[]) copy);
        } else if (array instanceof long[] a) {
            return Arrays.equals(a, (long[]) copy);
        } else if (array instanceof boolean[] a) {
            return Arrays.equals(a, (boolean[]) copy);
        } else if (array instanceof byte[] a) {
            return Arrays.equals(a, (byte[]) copy);
        } else if (array instanceof float[] a) {
            return Arrays.equals(a, (float[]) copy);
        }
        Object[] a = (Object[]) array;
        Object[] b = (Object[]) copy;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
}
