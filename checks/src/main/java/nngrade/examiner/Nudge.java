package nngrade.examiner;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves every number of a value a little: a double by a relative {@value #RELATIVE} (at least
 * one step, 0 to the smallest normal number), a float likewise, an integer by flipping its lowest
 * bit, a boolean to its opposite. Two rehearsals of a check, one given the reference's answers
 * and one given them nudged, make the same later call only if that call does not depend on the
 * answers' values: which is what may be predicted to the submission without telling it anything
 * of the reference's answers ({@link PredictedCalls}).
 *
 * <p>Why not one ulp: a change of one ulp is lost in the next rounding (1 - y^2 is the same for
 * y and the double after it), so a value computed from an answer would look independent of it.
 * 2^-44 survives a few hundred roundings, and stays inside the checks' tightest tolerance
 * (1e-12 relative), so that the nudged rehearsal takes the same path as the other one.
 */
final class Nudge {

    /** A value that cannot be copied: its call is not predicted. */
    static final class CannotNudge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CannotNudge(String what) {
            super(what, null, false, false);
        }
    }

    /** The relative change of a double: 2^-44, about 5.7e-14. */
    static final double RELATIVE = 0x1p-44;

    private Nudge() {
    }

    private static float movedFloat(float f) {
        if (f == 0) {
            return Float.MIN_NORMAL;
        }
        float m = f + Math.abs(f) * 0x1p-20f;
        return m == f ? Math.nextUp(f) : m;
    }

    /** @return d moved by {@link #RELATIVE} of itself, at least to the next double up; NaN and infinities as they are */
    static double moved(double d) {
        if (d == 0) {
            return Double.MIN_NORMAL;
        }
        double m = d + Math.abs(d) * RELATIVE;
        return m == d ? Math.nextUp(d) : m;
    }

    /** @return a copy of {@code v} with every number in it moved; v is not modified */
    static Object copy(Object v) {
        if (v == null || v instanceof String || v instanceof Enum<?>) {
            return v;
        } else if (v instanceof Double d) {
            return moved(d);
        } else if (v instanceof Float f) {
            return movedFloat(f);
        } else if (v instanceof Integer i) {
            return i ^ 1;
        } else if (v instanceof Long l) {
            return l ^ 1;
        } else if (v instanceof Boolean b) {
            return !b;
        } else if (v instanceof double[] a) {
            double[] c = a.clone();
            for (int i = 0; i < c.length; i++) {
                c[i] = moved(c[i]);
            }
            return c;
        } else if (v instanceof int[] a) {
            int[] c = a.clone();
            for (int i = 0; i < c.length; i++) {
                c[i] ^= 1;
            }
            return c;
        } else if (v instanceof Object[] a) {
            Object[] c = a.clone();
            for (int i = 0; i < c.length; i++) {
                c[i] = copy(a[i]);
            }
            return c;
        } else if (v instanceof List<?> list) {
            List<Object> c = new ArrayList<>(list.size());
            list.forEach(e -> c.add(copy(e)));
            return c;
        } else if (v.getClass().isRecord()) {
            return record(v);
        }
        throw new CannotNudge(v.getClass().getName());
    }

    private static Object record(Object r) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = copy(components[i].getAccessor().invoke(r));
            }
            Constructor<?> canonical = r.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new CannotNudge(r.getClass().getName());
        }
    }

    /** @return a deep copy of an argument, to tell after a call what the call changed in it */
    static Object snapshot(Object v) {
        if (v instanceof double[] a) {
            return a.clone();
        } else if (v instanceof int[] a) {
            return a.clone();
        } else if (v instanceof Object[] a) {
            Object[] c = a.clone();
            for (int i = 0; i < c.length; i++) {
                c[i] = snapshot(a[i]);
            }
            return c;
        }
        return null;
    }

    /**
     * Moves the numbers a call changed in an argument array: what the reference wrote into it is
     * an answer too.
     *
     * @param now    the argument after the call; modified
     * @param before its {@link #snapshot} from before the call; not modified
     */
    static void changes(Object now, Object before) {
        if (now instanceof double[] a && before instanceof double[] b && a.length == b.length) {
            for (int i = 0; i < a.length; i++) {
                if (Double.doubleToRawLongBits(a[i]) != Double.doubleToRawLongBits(b[i])) {
                    a[i] = moved(a[i]);
                }
            }
        } else if (now instanceof int[] a && before instanceof int[] b && a.length == b.length) {
            for (int i = 0; i < a.length; i++) {
                if (a[i] != b[i]) {
                    a[i] ^= 1;
                }
            }
        } else if (now instanceof Object[] a && before instanceof Object[] b && a.length == b.length) {
            for (int i = 0; i < a.length; i++) {
                changes(a[i], b[i]);
            }
        }
    }
}
