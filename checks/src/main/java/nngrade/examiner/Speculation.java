package nngrade.examiner;

import java.util.Arrays;
import java.util.List;

/**
 * What the host answered to the calls a check was predicted to make ({@link PredictedCalls}),
 * sent in one exchange before the check ran. While the check runs for real, each call it makes
 * is written as ever and compared, byte for byte, with the next predicted call: the same call
 * takes the host's answer to it, exactly as if it had just crossed the channel.
 *
 * <p>The host made the predicted calls in order and nothing else, so as long as the check asks
 * what was predicted, what it gets is what calling the submission itself would have given. When
 * the predictions run out, the host has made exactly the calls the check made, and the check
 * goes on live. A call other than the predicted one while predictions remain means the host went
 * ahead with calls this check does not make: the check is {@linkplain Diverged abandoned} and run
 * again, live, on fresh objects.
 */
final class Speculation {

    private final List<byte[]> questions;
    private final List<byte[]> answers;
    private int next;
    private boolean diverged;

    /**
     * @param questions the predicted calls, whole CALL messages; not modified
     * @param answers   the host's answer to each of the first {@code answers.size()} of them; not modified
     */
    Speculation(List<byte[]> questions, List<byte[]> answers) {
        this.questions = questions;
        this.answers = answers;
    }

    /**
     * @param call   the call the check makes now, as a CALL message; not modified
     * @param length its length in bytes
     * @return the host's answer to it, or null if the host made no more calls (the check goes live)
     * @throws Diverged if it is not the call predicted next
     */
    byte[] answerTo(byte[] call, int length) {
        if (diverged) {
            throw new Diverged();
        }
        if (next >= answers.size()) {
            return null;
        }
        byte[] predicted = questions.get(next);
        if (!Arrays.equals(predicted, 0, predicted.length, call, 0, length)) {
            diverged = true;
            throw new Diverged();
        }
        return answers.get(next++);
    }

    /** @return whether every answer was taken, the check asking only what was predicted */
    boolean exhausted() {
        return !diverged && next >= answers.size();
    }

    /** @return whether the check asked something other than what was predicted */
    boolean diverged() {
        return diverged;
    }

    /**
     * Thrown into a check that left its predicted calls: the host made calls this run of the
     * check does not make, so nothing the check sees from here on means anything. The check is
     * run again live; this run's verdict is dropped.
     */
    static final class Diverged extends Error {
        private static final long serialVersionUID = 1L;

        Diverged() {
            super("the check left its predicted calls: it is run again, live", null, false, false);
        }
    }
}
