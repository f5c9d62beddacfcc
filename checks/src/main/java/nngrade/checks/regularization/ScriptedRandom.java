package nngrade.checks.regularization;

import java.util.Arrays;
import java.util.Random;

/**
 * A generator whose nextDouble() returns the values of a script, in order, so that a check can
 * hand dropout draws no seed would give in a lifetime: a draw exactly equal to p. Any other use
 * (a draw beyond the script, or another method of Random) fails, as the contract draws one
 * nextDouble() per unit and nothing else.
 */
final class ScriptedRandom extends Random {

    private static final long serialVersionUID = 1L;

    private final double[] script;
    private int next;

    /** @param script the values nextDouble() returns, each in [0, 1) */
    ScriptedRandom(double... script) {
        this.script = script.clone();
    }

    @Override
    public double nextDouble() {
        if (next == script.length) {
            throw new AssertionError("forwardTrain drew more than one nextDouble() per unit (the script "
                    + Arrays.toString(script) + " has one per unit)");
        }
        return script[next++];
    }

    @Override
    protected int next(int bits) {
        throw new AssertionError("forwardTrain must draw with nextDouble() only (one per unit)");
    }
}
