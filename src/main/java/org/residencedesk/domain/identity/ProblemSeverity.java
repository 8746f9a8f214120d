package org.residencedesk.domain.identity;

/** An error makes a number unusable; a warning is shown to the worker but does not block. */
public enum ProblemSeverity {
    ERROR, WARNING
}
