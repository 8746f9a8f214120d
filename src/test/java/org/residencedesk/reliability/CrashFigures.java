package org.residencedesk.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The crash run's figures in {@code target/reliability/crash.properties}, which {@code reliability/run} publishes. */
final class CrashFigures {
    private CrashFigures() {
    }

    static void write(int kills, long seed, boolean cups, Confirmed c, int killedAfterNone, int problems, int uploaded,
            Duration took) {
        String text = "kills=" + kills + "\nseed=" + seed + "\nconfirmed=" + c.operations
                + "\nregistrations=" + c.registrations.size() + "\nchanges=" + c.changed.size()
                + "\nsubmitted=" + c.submitted.size() + "\naccepted=" + c.accepted.size()
                + "\napproved=" + c.approved.size() + "\nprinted=" + c.printed.size() + "\nissued=" + c.issued.size()
                + "\nendorsed=" + c.endorsed.size() + "\nmovedOut=" + c.movedOut.size()
                + "\nreRegistered=" + c.reRegistered.size() + "\ndiscards=" + c.discards + "\ncups=" + cups
                + "\ndraftVersion=" + c.draftVersion
                + "\nuploadedSeq=" + uploaded + "\nkilledAfterNone=" + killedAfterNone
                + "\nproblems=" + problems + "\nlost=" + problems + "\nseconds=" + took.toSeconds() + "\n";
        try {
            Path dir = Path.of("target", "reliability");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("crash.properties"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
