package org.residencedesk.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public service method that honestly needs no permission of the matrix: signing in, form metadata, the
 * system's own jobs (audit chain check, lapse job) and platform results (only through
 * {@code PlatformIntake}). The reason is shown in docs/permissions.md; every other public service method
 * carries {@link Requires}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NoOperator {
    /** Why no permission is needed, in one sentence. */
    String value();
}
