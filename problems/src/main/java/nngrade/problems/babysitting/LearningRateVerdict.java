package nngrade.problems.babysitting;

/** What a loss curve says about the learning rate (see {@link LearningRateDiagnosis#diagnose}). */
public enum LearningRateVerdict {
    /** "Loss barely changing: learning rate is probably too low." */
    TOO_LOW,
    /** "Loss exploding: learning rate too high" (NaN, or the cost went up). */
    TOO_HIGH,
    /** The loss goes down: keep this rate and cross-validate around it. */
    FINE
}
