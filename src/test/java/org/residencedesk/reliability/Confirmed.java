package org.residencedesk.reliability;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a counter process confirmed before it was killed, read from its {@code OK <kind> <id>} lines: the
 * registrations, permit steps (up to 制证, 发证 and 签注), changes, move-outs and re-registrations ({@code old>new})
 * it committed, the highest seq the platform acknowledged, the highest draft operation (save or discard) and the last
 * one of each draft key.
 */
final class Confirmed {
    final Set<String> registrations = new LinkedHashSet<>();
    final Set<String> changed = new LinkedHashSet<>();
    final Set<String> submitted = new LinkedHashSet<>();
    final Set<String> accepted = new LinkedHashSet<>();
    final Set<String> approved = new LinkedHashSet<>();
    final Set<String> printed = new LinkedHashSet<>();
    final Set<String> issued = new LinkedHashSet<>();
    final Set<String> endorsed = new LinkedHashSet<>();
    final Set<String> movedOut = new LinkedHashSet<>();
    final Set<String> reRegistered = new LinkedHashSet<>();
    /**
     * Draft key → its last confirmed draft operation, as its line. Saves and discards share one numbering: operation n
     * works on key n % {@link CounterWork#DRAFT_KEYS} (a save writes version n), so a kill can only have touched the
     * key of operation {@link #draftVersion} + 1.
     */
    final Map<Integer, String> drafts = new TreeMap<>();
    static final long DISCARDED = -1;
    long uploadedSeq;
    long draftVersion = -1;
    int discards;
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
            case "PRINT" -> printed.add(id);
            case "ISSUE" -> issued.add(id);
            case "ENDORSE" -> endorsed.add(id);
            case "MOVEOUT" -> movedOut.add(id);
            case "REREG" -> reRegistered.add(id);
            case "UPLOAD" -> uploadedSeq = Math.max(uploadedSeq, Long.parseLong(id));
            case "DRAFT", "DISCARD" -> {
                long op = Long.parseLong(id);
                draftVersion = Math.max(draftVersion, op);
                drafts.put((int) (op % CounterWork.DRAFT_KEYS), line);
                if (parts[1].equals("DISCARD")) {
                    discards++;
                }
            }
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
        printed.forEach(id -> lines.add("OK PRINT " + id));
        issued.forEach(id -> lines.add("OK ISSUE " + id));
        endorsed.forEach(id -> lines.add("OK ENDORSE " + id));
        movedOut.forEach(id -> lines.add("OK MOVEOUT " + id));
        reRegistered.forEach(id -> lines.add("OK REREG " + id));
        lines.add("OK UPLOAD " + uploadedSeq);
        lines.addAll(drafts.values()); // the highest draft operation is the last of its key

        return lines;
    }

    static Confirmed of(List<String> lines) {
        Confirmed c = new Confirmed();
        lines.forEach(c::take);
        return c;
    }
}
