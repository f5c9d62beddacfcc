package nngrade.checks.support;

import java.util.Arrays;

/**
 * Assertions that teach: every failure says what was compared, what was expected, what came back,
 * and by how much it missed. The input that caused it is added by QuickTheories (the smallest one
 * it found), and the problem's id and formula by the grading engine.
 */
public final class Expect {

    private Expect() {
    }

    /** Fails with {@code message} unless {@code condition}. */
    public static void that(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    /** Fails unless actual is within rel |expected| + abs of expected. */
    public static void near(String what, double expected, double actual, double rel, double abs) {
        if (!Tolerance.close(expected, actual, rel, abs)) {
            throw new AssertionError(what + ": expected " + expected + ", got " + actual
                    + " (off by " + Math.abs(expected - actual) + ", allowed " + (rel * Math.abs(expected) + abs) + ")");
        }
    }

    /** Elementwise {@link #near(String, double, double, double, double)}, with a shape check first. */
    public static void near(String what, double[] expected, double[] actual, double rel, double abs) {
        shape(what, expected, actual);
        for (int i = 0; i < expected.length; i++) {
            near(what + "[" + i + "]", expected[i], actual[i], rel, abs);
        }
    }

    /** Elementwise comparison of matrices, with a shape check first. */
    public static void near(String what, double[][] expected, double[][] actual, double rel, double abs) {
        notNull(what, actual);
        if (expected.length != actual.length) {
            throw new AssertionError(what + ": wrong shape: expected " + expected.length + " rows, got " + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            near(what + "[" + i + "]", expected[i], actual[i], rel, abs);
        }
    }

    /** Agreement with the reference or a fixture, at {@link Tolerance#AGREEMENT_REL}. */
    public static void agrees(String what, double expected, double actual) {
        near(what, expected, actual, Tolerance.AGREEMENT_REL, Tolerance.AGREEMENT_ABS);
    }

    public static void agrees(String what, double[] expected, double[] actual) {
        near(what, expected, actual, Tolerance.AGREEMENT_REL, Tolerance.AGREEMENT_ABS);
    }

    public static void agrees(String what, double[][] expected, double[][] actual) {
        near(what, expected, actual, Tolerance.AGREEMENT_REL, Tolerance.AGREEMENT_ABS);
    }

    /** Fails if any element is NaN or infinite. */
    public static void finite(String what, double[] actual) {
        notNull(what, actual);
        for (int i = 0; i < actual.length; i++) {
            if (!Double.isFinite(actual[i])) {
                throw new AssertionError(what + "[" + i + "] is " + actual[i] + ", expected a finite number");
            }
        }
    }

    public static void finite(String what, double actual) {
        if (!Double.isFinite(actual)) {
            throw new AssertionError(what + " is " + actual + ", expected a finite number");
        }
    }

    /** Fails if the submission returned null. */
    public static void notNull(String what, Object actual) {
        if (actual == null) {
            throw new AssertionError(what + ": the implementation returned null");
        }
    }

    /** Fails unless actual has the length of expected. */
    public static void shape(String what, double[] expected, double[] actual) {
        notNull(what, actual);
        if (expected.length != actual.length) {
            throw new AssertionError(what + ": wrong shape: expected length " + expected.length
                    + ", got " + actual.length);
        }
    }

    /** Fails if an input array changed during a call: the contract forbids modifying inputs. */
    public static void unchanged(String what, double[] before, double[] after) {
        if (!Arrays.equals(before, after)) {
            throw new AssertionError("the implementation modified its input " + what + ": before "
                    + Arrays.toString(before) + ", after " + Arrays.toString(after));
        }
    }

    public static void unchanged(String what, double[][] before, double[][] after) {
        if (!Arrays.deepEquals(before, after)) {
            throw new AssertionError("the implementation modified its input " + what + ": before "
                    + Gens.show(before) + ", after " + Gens.show(after));
        }
    }
}
