package nngrade.checks.support;

import nngrade.problems.NotImplementedYet;

/**
 * Checks of the degenerate inputs a contract says must be refused with an
 * {@link IllegalArgumentException}.
 */
public final class Rejects {

    private Rejects() {
    }

    /**
     * Fails unless {@code call} throws an IllegalArgumentException. A NotImplementedYet passes
     * through untouched (the problem is simply not done); any other exception fails the check, named
     * in the message next to what was expected.
     *
     * @param what the degenerate input, in words, e.g. "a gradient of length 2 for 3 parameters"
     */
    public static void withIllegalArgument(String what, Runnable call) {
        try {
            call.run();
        } catch (IllegalArgumentException expected) {
            return;
        } catch (NotImplementedYet notDone) {
            throw notDone;
        } catch (RuntimeException other) {
            throw new AssertionError(what + ": expected an IllegalArgumentException, got " + other);
        }
        throw new AssertionError(what + ": expected an IllegalArgumentException, but nothing was thrown");
    }
}
