package nngrade.checks.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an instructor-only check: it compares the submission with the reference on fresh random
 * inputs. The reference never ships to students, so these checks do not run in a student's local
 * run; every other check is public.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NeedsReference {
}
