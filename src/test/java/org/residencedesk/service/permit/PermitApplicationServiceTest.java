package org.residencedesk.service.permit;

import static org.residencedesk.service.permit.PermitServiceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.port.Outbox;
import org.residencedesk.storage.HibernatePermitRepository;
import org.residencedesk.storage.HibernateRegistrationRepository;
import org.residencedesk.storage.HibernateStationRepository;
import org.residencedesk.storage.HibernateTransactions;
import org.residencedesk.storage.SequenceCounters;
import org.residencedesk.service.ValidationFailure;

/** 受理 on a real Derby database, with a clock the test moves: eligibility, 申领, 补齐材料, 受理. */
class PermitApplicationServiceTest extends PermitStageTest {
    @Test
    void tooShortResidenceIsReportedBeforeAndAtAcceptance() {
        long person = f.registeredPerson(LocalDate.of(2026, 8, 1));
        EligibilityReport report = f.applications().checkEligibility(STAFF, person, ApplicationRequest.inPerson(null, Set.of()));
        assertThat(report.eligible()).isFalse();
        assertThat(report.messages()).containsExactly("居住未满6个月，2027年2月1日起方可申领居住证");
        String id = f.applications().submit(STAFF, person, ApplicationRequest.inPerson(null, ALL_FOR_WORK)).permit().id();
        long seq = f.ctx.transactions().readOnly(() -> f.ctx.outbox().lastSeq());
        assertThatThrownBy(() -> f.applications().accept(STAFF, id)).isInstanceOf(ValidationFailure.class);
        assertThat(f.summary(id).acceptanceNumber()).isNull();
        assertThat(f.ctx.transactions().readOnly(() -> f.ctx.outbox().lastSeq())).isEqualTo(seq);
    }

    @Test
    void thePersonTimelineShowsRegistrationAndPermitSteps() {
        long person = f.registeredPerson(LocalDate.of(2026, 3, 1));
        String id = f.applications().submit(STAFF, person, ApplicationRequest.inPerson(null, ALL_FOR_WORK)).permit().id();
        f.applications().accept(STAFF, id);

        var timeline = f.ctx.registration().timeline(STAFF, person);

        // the numbers the services drew, read back from the database
        String registrationNumber = f.ctx.registration().open(STAFF, f.queries().summary(STAFF, id).registrationId()).summary()
                .registrationNumber();
        String acceptanceNumber = f.queries().summary(STAFF, id).acceptanceNumber();
        assertThat(timeline).extracting(e -> e.kind() + " " + e.reference() + " " + e.summary() + " " + e.operator())
                // registered in March, applied in November: the permit steps are the newer ones
                .containsExactly("PERMIT " + acceptanceNumber + " 申领登记 wangfang",
                        "PERMIT " + acceptanceNumber + " 受理 wangfang",
                        "CREATED " + registrationNumber + " null wangfang");
    }

    @Test
    void aFailureInTheMiddleOfAStepStoresNothing() {
        long person = f.registeredPerson(LocalDate.of(2026, 3, 1));
        String id = f.applications().submit(STAFF, person, ApplicationRequest.inPerson(null, ALL_FOR_WORK)).permit().id();
        HibernateTransactions tx = (HibernateTransactions) f.ctx.transactions();
        SequenceCounters counters = new SequenceCounters(tx);
        Outbox full = new Outbox() {
            @Override
            public OutboxEvent append(PendingEvent event) {
                throw new IllegalStateException("outbox unavailable");
            }

            @Override
            public List<OutboxEvent> pending(int limit) {
                return f.ctx.outbox().pending(limit);
            }

            @Override
            public long countPending() {
                return f.ctx.outbox().countPending();
            }

            @Override
            public long lastSeq() {
                return f.ctx.outbox().lastSeq();
            }

            @Override
            public void markDelivered(long seq, org.residencedesk.domain.outbox.DeliveryStatus status,
                                      java.time.Instant at) {
                f.ctx.outbox().markDelivered(seq, status, at);
            }

            @Override
            public void markDelivered(java.util.Collection<Long> seqs,
                                      org.residencedesk.domain.outbox.DeliveryStatus status, java.time.Instant at) {
                f.ctx.outbox().markDelivered(seqs, status, at);
            }

            @Override
            public void markRejected(long seq, String error, java.time.Instant at) {
                f.ctx.outbox().markRejected(seq, error, at);
            }

            @Override
            public long lastDeliveredSeq() {
                return f.ctx.outbox().lastDeliveredSeq();
            }

            @Override
            public int reopenAbove(long seq) {
                return f.ctx.outbox().reopenAbove(seq);
            }

            @Override
            public List<org.residencedesk.domain.outbox.RejectedEvent> rejected(int limit) {
                return f.ctx.outbox().rejected(limit);
            }

            @Override
            public boolean advanceSeqTo(long seq) {
                return f.ctx.outbox().advanceSeqTo(seq);
            }

            @Override
            public java.util.Optional<OutboxEvent> newestOf(String aggregateType, String aggregateId) {
                return f.ctx.outbox().newestOf(aggregateType, aggregateId);
            }
        };
        PermitApplicationService broken = new PermitApplicationService(tx,
                new HibernatePermitRepository(tx, f.queries().policy(), ZONE),
                new HibernateRegistrationRepository(tx), new HibernateStationRepository(tx), f.ctx.auditLog(), full,
                counters, f.ctx.formCodec(), f.ctx.masterData(), f.queries().policy(), f.clock);
        long audits = tx.readOnly(() -> f.ctx.auditLog().count());
        long serial = tx.readOnly(() -> counters.current(PermitSteps.acceptanceCounter(2026)));

        assertThatThrownBy(() -> broken.accept(STAFF, id)).hasMessage("outbox unavailable");

        assertThat(f.summary(id).status()).isEqualTo(PermitStatus.AWAITING_MATERIALS);
        assertThat(f.summary(id).acceptanceNumber()).isNull();
        assertThat(tx.readOnly(() -> f.ctx.auditLog().count())).isEqualTo(audits);
        assertThat(tx.readOnly(() -> counters.current(PermitSteps.acceptanceCounter(2026))))
                .as("the acceptance number is given back").isEqualTo(serial);
        assertThat(tx.readOnly(() -> f.ctx.auditLog().firstBrokenLink())).isEqualTo(-1);
        assertThat(f.applications().accept(STAFF, id).permit().acceptanceNumber()).isEqualTo("4201110020012026" + String.format("%06d", serial + 1));
    }
}
