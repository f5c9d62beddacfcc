package nngrade.checks.support;

import nngrade.problems.NotImplementedYet;

/**
 * Checks of the behaviour a contract documents for degenerate input: the call must throw the
 * exception the contract names. "Not implemented yet" passes through untouched, so an
 * unfinished problem is reported as such and not as a wrong exception.
 */
public final class Raises {

    private Raises() {
    }

    /**
     * Fails unless {@code call} throws an instance of {@code expected}.
     *
     * @param what     describes the input, e.g. "a singular Hessian"
     * @param expected the exception the contract documents
     * @param call     the call into the submission
     */
    public static void that(String what, Class<? extends Throwable> expected, Runnable call) {
        Throwable thrown = null;
        try {
            call.run();
        } catch (NotImplementedYet e) {
            throw e;
        } catch (RuntimeException | Error e) { // StackOverflowError and the like count as wrong
            thrown = e;
        }
        if (thrown == null) {
            throw new AssertionError(what + ": expected " + expected.getSimpleName()
                    + ", but the call returned normally");
        }
        if (!expected.isInstance(thrown)) {
            throw new AssertionError(what + ": expected " + expected.getSimpleName() + ", but got "
                    + thrown, thrown);
        }
    }
}
