package org.residencedesk.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.residencedesk.domain.account.Permission;

/**
 * The permission of the matrix ({@link Permission}) a public service method needs. The method takes the
 * signed-in {@link Operator} and its first statement is {@code op.require(Permission.X)} with the same
 * constant (PermissionMatrixTest checks both, and docs/permissions.md is generated from these annotations).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {
    Permission value();
}
