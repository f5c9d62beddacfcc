package nngrade.checks.support;

import java.util.function.Supplier;

/**
 * {@link Expect} for the inner loops of the checks: the comparison runs first and the failure
 * message, which formats arrays and numbers, is built only when something fails. Messages are
 * exactly those of Expect.
 */
public final class Lazily {

    private Lazily() {
    }

    /** Fails with the message unless the condition holds; builds the message only then. */
    public static void that(boolean condition, Supplier<String> message) {
        if (!condition) {
            throw new AssertionError(message.get());
        }
    }

    /** {@link Expect#near(String, double[], double[], double, double)}, message built on failure. */
    public static void near(Supplier<String> what, double[] expected, double[] actual, double rel, double abs) {
        if (!close(expected, actual, rel, abs)) {
            Expect.near(what.get(), expected, actual, rel, abs);
        }
    }

    /** {@link Expect#near(String, double[][], double[][], double, double)}, message built on failure. */
    public static void near(Supplier<String> what, double[][] expected, double[][] actual, double rel, double abs) {
        boolean close = actual != null && actual.length == expected.length;
        for (int i = 0; close && i < expected.length; i++) {
            close = close(expected[i], actual[i], rel, abs);
        }
        if (!close) {
            Expect.near(what.get(), expected, actual, rel, abs);
        }
    }

    /** {@link Expect#near(String, double, double, double, double)}, message built on failure. */
    public static void near(Supplier<String> what, double expected, double actual, double rel, double abs) {
        if (!Tolerance.close(expected, actual, rel, abs)) {
            Expect.near(what.get(), expected, actual, rel, abs);
        }
    }

    /** @return whether every element of actual is within rel |expected| + abs of expected (and the lengths agree) */
    public static boolean close(double[] expected, double[] actual, double rel, double abs) {
        if (actual == null || actual.length != expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (!Tolerance.close(expected[i], actual[i], rel, abs)) {
                return false;
            }
        }
        return true;
    }
}
