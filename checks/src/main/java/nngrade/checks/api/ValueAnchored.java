package nngrade.checks.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value-anchored check: it compares what the submission computes with values known
 * without it (a worked example, a PyTorch value, a closed form, the reference). Only such checks
 * tell whether a submission computes the problem at all, so a problem's other checks pay only as
 * far as its value-anchored checks pass. A check without this annotation is a property check
 * ({@link Anchor#NONE}), unless it is marked {@link NeedsReference}: agreement with the reference
 * is anchored to the reference ({@link Anchor#REFERENCE}) without saying so twice.
 *
 * <p>A value-anchored check must fail for a constant, an echo of its input, NaN and 1e300: its
 * expected values are not all zero and not the input itself (ContentFreeSubmissionsTest proves it).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ValueAnchored {

    /** @return where the expected values come from: {@link Anchor#EXAMPLE} or {@link Anchor#CLOSED_FORM} */
    Anchor value();
}
