package nngrade.host;

/**
 * An object of the examiner copied into the host for the length of one call ({@link MirroredRandom},
 * {@link MirroredDraws}): what the submission did with the copy goes back with the answer, so
 * that the examiner's original ends where an in-process call would have left it.
 */
interface Mirrored {

    /** Writes what was done with the copy during the call. */
    void writeLog(WireOutput out);
}
