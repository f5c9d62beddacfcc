package nngrade.checks.initialization;

import nngrade.problems.NotImplementedYet;

/** Expects a call to be refused with IllegalArgumentException, as the contract documents. */
final class Rejects {

    private Rejects() {
    }

    /**
     * Fails unless {@code call} throws IllegalArgumentException; a NotImplementedYet passes
     * through so that an unfinished problem is reported as such.
     *
     * @param what names the call in the message, e.g. "initialize(-1, 3, random)"
     */
    static void illegalArgument(String what, Runnable call) {
        try {
            call.run();
        } catch (IllegalArgumentException expected) {
            return;
        } catch (NotImplementedYet notYet) {
            throw notYet;
        } catch (RuntimeException other) {
            throw new AssertionError(what + ": expected IllegalArgumentException, got " + other, other);
        }
        throw new AssertionError(what + ": expected IllegalArgumentException, but it returned normally");
    }
}
