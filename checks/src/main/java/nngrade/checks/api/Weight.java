package nngrade.checks.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The share of its problem's points a check carries, relative to the other checks of the same
 * problem. A check without this annotation weighs 1. The points themselves live in the catalogue.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Weight {
    int value();
}
