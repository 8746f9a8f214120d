package org.residencedesk.reliability;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a counter process confirmed before it was killed, read from its {@code OK <kind> <id>} lines: the
 * registrations, permit steps and changes it committed, the highest seq the platform acknowledged and the
 * latest draft version saved.
 */
final class Confirmed {
    final Set<String> registrations = new LinkedHashSet<>();
    final Set<String> changed = new LinkedHashSet<>();
    final Set<String> submitted = new LinkedHashSet<>();
    final Set<String> accepted = new LinkedHashSet<>();
    final Set<String> approved = new LinkedHashSet<>();
    long uploadedSeq;
    long draftVersion = -1;
    int operations;

    /** Takes one line of the child's output; answers whether it was a confirmation. */
    boolean take(String line) {
        String[] parts = line.split(" ");
        if (parts.length != 3 || !parts[0].equals("OK")) {
            return false;
        }
        String id = parts[2];
        switch (parts[1]) {
            case "REG" -> registrations.add(id);
            case "CHANGE" -> changed.add(id);
            case "SUBMIT" -> submitted.add(id);
            case "ACCEPT" -> accepted.add(id);
            case "APPROVE" -> approved.add(id);
            case "UPLOAD" -> uploadedSeq = Math.max(uploadedSeq, Long.parseLong(id));
            case "DRAFT" -> draftVersion = Math.max(draftVersion, Long.parseLong(id));
            default -> {
                return false;
            }
        }
        operations++;
        return true;
    }

    /** The confirmations as lines again, for the next child to check. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        registrations.forEach(id -> lines.add("OK REG " + id));
        changed.forEach(id -> lines.add("OK CHANGE " + id));
        submitted.forEach(id -> lines.add("OK SUBMIT " + id));
        accepted.forEach(id -> lines.add("OK ACCEPT " + id));
        approved.forEach(id -> lines.add("OK APPROVE " + id));
        lines.add("OK UPLOAD " + uploadedSeq);
        if (draftVersion >= 0) {
            lines.add("OK DRAFT " + draftVersion);
        }
        return lines;
    }

    static Confirmed of(List<String> lines) {
        Confirmed c = new Confirmed();
        lines.forEach(c::take);
        return c;
    }
}
