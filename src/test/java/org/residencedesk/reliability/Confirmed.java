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
 * it committed, the highest seq the platform acknowledged, the highest draft version saved and what each draft key
 * holds last (a version, or {@link #DISCARDED}).
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
    /** Draft key → the version it holds last, or {@link #DISCARDED}. */
    final Map<Integer, Long> drafts = new TreeMap<>();
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
            case "DRAFT" -> {
                long version = Long.parseLong(id);
                draftVersion = Math.max(draftVersion, version);
                drafts.put((int) (version % CounterWork.DRAFT_KEYS), version);
            }
            case "DISCARD" -> {
                drafts.put(Integer.parseInt(id), DISCARDED);
                discards++;
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
        if (draftVersion >= 0) {
            lines.add("OK DRAFT " + draftVersion); // first the highest version, then what each key holds last
        }
        drafts.forEach((key, version) -> lines.add(version == DISCARDED ? "OK DISCARD " + key : "OK DRAFT " + version));
        return lines;
    }

    static Confirmed of(List<String> lines) {
        Confirmed c = new Confirmed();
        lines.forEach(c::take);
        return c;
    }
}
