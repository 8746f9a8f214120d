package org.residencedesk.service;

/** The signed-in operator lacks the role for this action; the screen says so in Chinese. */
public final class PermissionDenied extends RuntimeException {
    public PermissionDenied() {
        super(Problems.message("permission.denied"));
    }
}
