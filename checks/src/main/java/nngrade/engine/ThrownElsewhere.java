package nngrade.engine;

/**
 * An exception thrown in the submission's JVM whose type the examiner could not rebuild: it keeps
 * the type's name for the report.
 */
public interface ThrownElsewhere {

    /** @return the simple name of the type the submission threw */
    String typeName();
}
