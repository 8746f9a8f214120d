package org.residencedesk.port;

/** Gapless named counters that join the caller's transaction (registration serials, permit serials). */
public interface Counters {
    long next(String name);
}
