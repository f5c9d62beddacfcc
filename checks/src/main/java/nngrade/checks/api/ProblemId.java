package nngrade.checks.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The catalogue id of the problem whose points a check class scores. Put on the concrete check
 * class; checks inherited from a contract base class score the problem of the concrete class.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface ProblemId {
    String value();
}
