package nngrade.checks.support;

import nngrade.problems.NotImplementedYet;

/**
 * Checks of the contract's documented behaviour on degenerate input: a call must throw the
 * documented exception. A "not implemented yet" passes through unchanged, so a blank template
 * scores 0 with the usual one-line message instead of "threw the wrong exception".
 */
public final class Throws {

    private Throws() {
    }

    /**
     * Fails unless {@code call} throws an exception of type {@code expected}.
     *
     * @param what names the call and the reason, e.g. "fit on a batch of 0 rows"
     */
    public static void expect(Class<? extends RuntimeException> expected, String what, Runnable call) {
        try {
            call.run();
        } catch (NotImplementedYet notImplemented) {
            throw notImplemented;
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError(what + ": expected " + expected.getSimpleName() + ", but it threw "
                    + e, e);
        }
        throw new AssertionError(what + ": expected " + expected.getSimpleName()
                + ", but it returned normally");
    }
}
