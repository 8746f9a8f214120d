package org.residencedesk.service.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.port.AuditCheckpoints;
import org.residencedesk.port.AuditCheckpoints.Checkpoint;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.CommitWitness;
import org.residencedesk.port.AuditLog.ChainHead;
import org.residencedesk.port.AuditLog.ChainWalk;
import org.residencedesk.port.AuditLog.LegacyChain;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.Operator;
import org.residencedesk.service.NoOperator;
import org.residencedesk.service.Requires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit chain as a whole (docs/decisions/0138): keys an old unkeyed chain once, writes signed checkpoints
 * of the chain head outside the database, verifies the chain against its key and every checkpoint, and lists
 * entries for an administrator or station chief.
 */
public final class AuditService {
    private static final Logger LOG = LoggerFactory.getLogger(AuditService.class);
    /** Longest period {@link #list} returns at once. */
    static final int MAX_DAYS = 366;

    private final Transactions tx;
    private final AuditLog audit;
    private final AuditCheckpoints checkpoints;
    private final CommitWitness witness;
    private final Clock clock;
    /** Set by {@link #open()} when the database lost changes the commit witness saw confirmed (ADR 0363). */
    private volatile boolean confirmedChangesLost;

    public AuditService(Transactions tx, AuditLog audit, AuditCheckpoints checkpoints, Clock clock) {
        this(tx, audit, checkpoints, CommitWitness.NONE, clock);
    }

    public AuditService(Transactions tx, AuditLog audit, AuditCheckpoints checkpoints, CommitWitness witness,
                        Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.checkpoints = checkpoints;
        this.witness = witness;
        this.clock = clock;
    }

    /**
     * At every start: a database whose chain is still unkeyed SHA-256 is re-chained with the key (once, and
     * only while no signed checkpoint exists: after that an "unkeyed" database means the marker was removed),
     * the change recorded as an {@link AuditAction#AUDIT_CHAIN_KEYED} entry; then the head is checkpointed.
     * Before all that, the commit witness (docs/decisions/0363): a database without the entry it names lost confirmed
     * changes ({@link #confirmedChangesLost()}); a missing or unreadable witness is written again from the head.
     */
    @NoOperator("the station's own start-up step: keys and checkpoints the chain, reveals nothing")
    public void open() {
        // first, before anything of this start commits: a database that lost a witnessed change (ADR 0363)
        CommitWitness.Reading reading = witness.read();
        Optional<AuditVerdict.Problem> lost = reading.witnessed().flatMap(this::lostAt);
        if (lost.isPresent()) {
            confirmedChangesLost = true;
            witness.hold(); // later commits of this process must not write over what was lost
            LOG.error("confirmed changes lost: the commit witness {} names audit entry {}, which the database does "
                    + "not hold; changes refused, restore the last backup", witness.location(),
                    reading.witnessed().get().seq());
            return; // no checkpoint of a head that lost entries
        }
        // a station without any checkpoint yet (a new one, or one from before the witness) has no witness either
        boolean firstStart = reading.status() == CommitWitness.Status.MISSING
                && checkpoints.read().checkpoints().isEmpty();
        if (!tx.readOnly(audit::keyed)) {
            AuditCheckpoints.Recorded recorded = checkpoints.read();
            if (!recorded.checkpoints().isEmpty() || recorded.forged() > 0) {
                LOG.error("audit chain marked unkeyed although checkpoints exist in {}; not re-chaining",
                        checkpoints.location());
                return;
            }
            LegacyChain legacy = tx.inTransaction(() -> {
                LegacyChain old = audit.keyLegacyChain();
                if (old.entries() > 0) {
                    audit.append(new AuditRecord("system", AuditAction.AUDIT_CHAIN_KEYED, "AUDIT", null,
                            "legacyEntries=" + old.entries() + ",legacyFirstBroken=" + old.firstBroken()));
                }
                return old;
            });
            if (legacy.firstBroken() >= 0) {
                LOG.error("the unkeyed audit chain was already broken at entry {} when it was keyed",
                        legacy.firstBroken());
            } else if (legacy.entries() > 0) {
                LOG.info("audit chain of {} entries keyed", legacy.entries());
            }
        }
        try {
            checkpoint();
        } catch (RuntimeException e) {
            // the counter keeps working; the next checkpoint (periodic or at close) tries again
            LOG.error("audit checkpoint could not be written to {}", checkpoints.location(), e);
        }
        if (reading.status() == CommitWitness.Status.MISSING || reading.status() == CommitWitness.Status.UNREADABLE) {
            // never a reason to refuse the station: it is written again from the head it has now
            if (reading.status() == CommitWitness.Status.MISSING && firstStart) {
                LOG.info("no commit witness yet; written from the current head to {}", witness.location());
            } else {
                LOG.warn("the commit witness {} is {}; written again from the current head", witness.location(),
                        reading.status());
            }
            resetWitness();
        }
    }

    /** True when {@link #open()} found that the database lost changes confirmed before (ADR 0363). */
    @NoOperator("the station's own start-up result: a flag, reveals nothing")
    public boolean confirmedChangesLost() {
        return confirmedChangesLost;
    }

    /** The problem when the database does not hold the witnessed entry as witnessed; empty when it does. */
    private Optional<AuditVerdict.Problem> lostAt(CommitWitness.Witnessed w) {
        Optional<String> stored = tx.readOnly(() -> audit.hashAt(w.seq()));
        return stored.equals(Optional.of(w.hash())) ? Optional.empty()
                : Optional.of(AuditVerdict.Problem.CONFIRMED_CHANGES_LOST);
    }

    /** Writes the commit witness from the current head (an empty log writes none). */
    private void resetWitness() {
        try {
            tx.readOnly(audit::head).ifPresent(h -> witness.reset(h.seq(), h.hash()));
        } catch (RuntimeException e) {
            LOG.error("the commit witness could not be written to {}", witness.location(), e);
        }
    }

    /**
     * Records the committed head in the checkpoint file if it moved past the newest checkpoint and the chain
     * still holds that checkpoint's entry (never a shorter or diverging head).
     *
     * @return true when a checkpoint was written
     */
    @NoOperator("the station's own periodic job: writes a signed checkpoint of the chain head, reveals nothing")
    public boolean checkpoint() {
        if (confirmedChangesLost) {
            return false; // never sign the head of a database that lost confirmed changes (ADR 0363)
        }
        AuditCheckpoints.Recorded recorded = checkpoints.read();
        Optional<Checkpoint> newest = recorded.newest();
        return tx.readOnly(() -> {
            Optional<ChainHead> head = audit.head();
            if (head.isEmpty() || newest.isPresent() && head.get().seq() <= newest.get().seq()) {
                return false;
            }
            if (newest.isPresent() && !audit.hashAt(newest.get().seq()).equals(Optional.of(newest.get().hash()))) {
                LOG.error("audit chain differs from the checkpoint of entry {}; no new checkpoint written",
                        newest.get().seq());
                return false;
            }
            checkpoints.append(new Checkpoint(head.get().seq(), head.get().hash(),
                    clock.instant().truncatedTo(ChronoUnit.SECONDS)));
            return true;
        });
    }

    /** Walks the whole chain with its key and compares it with every signed checkpoint. Reveals no personal data. */
    @NoOperator("checks the chain at start and for `audit verify`: counts and an entry number only, no personal data")
    public AuditVerdict verify() {
        AuditCheckpoints.Recorded recorded = checkpoints.read();
        Optional<CommitWitness.Witnessed> witnessed = witness.read().witnessed();
        return tx.readOnly(() -> {
            ChainWalk walk = audit.walk();
            if (!audit.keyed() && !recorded.checkpoints().isEmpty()) {
                return AuditVerdict.broken(walk.entries(), 1L, AuditVerdict.Problem.CHAIN_NOT_KEYED);
            }
            long firstBroken = walk.firstBroken();
            AuditVerdict.Problem problem = firstBroken >= 0 ? AuditVerdict.Problem.ENTRY_ALTERED
                    : AuditVerdict.Problem.NONE;
            for (Checkpoint c : recorded.checkpoints()) {
                Optional<String> stored = audit.hashAt(c.seq());
                long at;
                AuditVerdict.Problem found;
                if (stored.isEmpty()) {
                    at = Math.min(c.seq(), walk.entries() + 1);
                    found = c.seq() > walk.entries() ? AuditVerdict.Problem.ENTRIES_MISSING
                            : AuditVerdict.Problem.ENTRY_ALTERED;
                } else if (!stored.get().equals(c.hash())) {
                    at = c.seq();
                    found = AuditVerdict.Problem.CHECKPOINT_MISMATCH;
                } else {
                    continue;
                }
                if (firstBroken < 0 || at < firstBroken) {
                    firstBroken = at;
                    problem = found;
                }
            }
            if (witnessed.isPresent() && !audit.hashAt(witnessed.get().seq()).equals(Optional.of(witnessed.get()
                    .hash()))) { // a confirmed change the database lost (ADR 0363)
                long at = Math.min(witnessed.get().seq(), walk.entries() + 1);
                if (firstBroken < 0 || at < firstBroken) { // a checkpoint at the same entry names it already
                    firstBroken = at;
                    problem = AuditVerdict.Problem.CONFIRMED_CHANGES_LOST;
                }
            }
            if (firstBroken >= 0) {
                return AuditVerdict.broken(walk.entries(), firstBroken, problem);
            }
            if (recorded.forged() > 0) {
                return AuditVerdict.broken(walk.entries(), null, AuditVerdict.Problem.CHECKPOINTS_FORGED);
            }
            return AuditVerdict.intact(walk.entries());
        });
    }

    /** {@link #verify()} that logs a broken chain; for the check at start and the daily job. */
    @NoOperator("verify() for the check at start and the daily job")
    public AuditVerdict verifyAndLog() {
        AuditVerdict verdict = verify();
        if (!verdict.ok()) {
            LOG.error("audit chain broken: {} at entry {} of {}", verdict.problem(), verdict.firstBroken(),
                    verdict.entries());
        }
        return verdict;
    }

    /**
     * Entries from {@code from} to {@code to} (whole days of the station's time zone, both included), of one
     * actor when {@code actor} is given; only for an administrator or station chief, and itself audited.
     */
    @Requires(Permission.AUDIT_VIEW)
    public List<AuditEntry> list(Operator operator, LocalDate from, LocalDate to, String actor) {
        operator.require(Permission.AUDIT_VIEW);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("period from " + from + " to " + to);
        }
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        String who = actor == null || actor.isBlank() ? null : actor.strip();
        return tx.inTransaction(() -> {
            List<AuditEntry> entries = audit.between(start, end, who);
            audit.append(new AuditRecord(operator.login(), AuditAction.AUDIT_LISTED, "AUDIT", null,
                    "from=" + from + ",to=" + to + ",byUser=" + (who != null) + ",rows=" + entries.size()));
            return entries;
        });
    }

    /**
     * An administrator acknowledges the alert of this broken verdict; the acknowledgement is itself audited and
     * names the verdict (problem, first broken entry, entries at the time). Only for an administrator.
     */
    @Requires(Permission.AUDIT_ACKNOWLEDGE)
    public void acknowledgeBreak(Operator operator, AuditVerdict verdict) {
        operator.require(Permission.AUDIT_ACKNOWLEDGE);
        if (verdict.ok()) {
            throw new IllegalArgumentException("an intact chain has nothing to acknowledge");
        }
        tx.run(() -> audit.append(new AuditRecord(operator.login(), AuditAction.AUDIT_BREAK_ACKNOWLEDGED, "AUDIT",
                null, "problem=" + verdict.problem() + ",firstBroken=" + verdict.firstBroken() + ",entries="
                + verdict.entries())));
        LOG.warn("audit chain break {} at entry {} acknowledged by {}", verdict.problem(), verdict.firstBroken(),
                operator.login());
    }

    /**
     * The chain of a database just restored from a backup, before it replaces the station's database
     * (docs/decisions/0157): it must walk intact with the key, hold the backup's head, and agree with every
     * signed checkpoint up to that head. Then a {@link AuditAction#DATABASE_RESTORED} entry names the backup
     * and the head being discarded, the checkpoint file is archived whole and keeps only the checkpoints the
     * restored chain holds, and the new head is checkpointed. A chain shortened <em>without</em> this step still
     * verifies as {@code ENTRIES_MISSING}. Only for an operator who may restore.
     *
     * @param archiveSuffix names the archive of the old checkpoint file (the restore's time)
     */
    @Requires(Permission.BACKUP)
    public RestoredChain adoptRestoredChain(Operator operator, String backupName, long backupSeq, String backupHash,
                                            String archiveSuffix) {
        operator.require(Permission.BACKUP);
        AuditCheckpoints.Recorded recorded = checkpoints.read();
        List<Checkpoint> sorted = recorded.checkpoints().stream()
                .sorted(java.util.Comparator.comparingLong(Checkpoint::seq)).toList();
        List<Checkpoint> kept = new java.util.ArrayList<>();
        Checkpoint[] newestDiscarded = {null};
        AuditVerdict.Problem problem = tx.readOnly(() -> {
            ChainWalk walk = audit.walk();
            if (!audit.keyed() || walk.firstBroken() >= 0) {
                return AuditVerdict.Problem.ENTRY_ALTERED;
            }
            if (backupSeq > 0 && !audit.hashAt(backupSeq).equals(Optional.of(backupHash))) {
                return AuditVerdict.Problem.CHECKPOINT_MISMATCH;
            }
            boolean holding = true;
            for (Checkpoint c : sorted) {
                boolean held = audit.hashAt(c.seq()).equals(Optional.of(c.hash()));
                if (!held && c.seq() <= backupSeq) {
                    return AuditVerdict.Problem.CHECKPOINT_MISMATCH; // the backup's past differs from the signed one
                }
                holding = holding && held;
                if (holding) {
                    kept.add(c);
                } else {
                    newestDiscarded[0] = c;
                }
            }
            return AuditVerdict.Problem.NONE;
        });
        if (problem != AuditVerdict.Problem.NONE) {
            LOG.error("restored audit chain refused: {}", problem);
            return new RestoredChain(problem, backupSeq, null, 0, null);
        }
        int discarded = sorted.size() - kept.size();
        Long discardedHead = newestDiscarded[0] == null ? null : newestDiscarded[0].seq();
        tx.run(() -> audit.append(new AuditRecord(operator.login(), AuditAction.DATABASE_RESTORED, "BACKUP",
                backupName, "backupHead=" + backupSeq + ",discardedHead=" + (discardedHead == null ? "none"
                : discardedHead + ":" + newestDiscarded[0].hash().substring(0, 16)) + ",discardedCheckpoints="
                + discarded + ",unsignedCheckpointLines=" + recorded.forged())));
        String archive = checkpoints.archiveAndKeep(kept, archiveSuffix);
        try {
            checkpoint();
        } catch (RuntimeException e) {
            // the restored head is checkpointed at the station's next start; the adoption itself stands
            LOG.warn("checkpoint of the restored chain failed; the next start writes it", e);
        }
        resetWitness(); // the head moves back legitimately: the witness names the restored one (ADR 0363)
        LOG.warn("database restored from backup {}: chain continues from entry {}, {} checkpoints archived in {}",
                backupName, backupSeq, discarded, archive);
        return new RestoredChain(AuditVerdict.Problem.NONE, backupSeq, discardedHead, discarded, archive);
    }

    /** Puts the checkpoint file archived by {@link #adoptRestoredChain} back (the restore did not complete). */
    @NoOperator("puts back what the restorer's own adoption archived, after its restore failed")
    public void undoAdoption(RestoredChain adopted) {
        if (adopted.archive() != null) {
            checkpoints.undoArchive(adopted.archive());
        }
    }

    /**
     * What {@link #adoptRestoredChain} found and did.
     *
     * @param problem NONE when the chain was adopted; otherwise why not (nothing was written)
     * @param archive where the old checkpoint file was archived; null when refused
     */
    public record RestoredChain(AuditVerdict.Problem problem, long backupHead, Long discardedHead,
                                int discardedCheckpoints, String archive) {
        public boolean adopted() {
            return problem == AuditVerdict.Problem.NONE;
        }
    }
}
