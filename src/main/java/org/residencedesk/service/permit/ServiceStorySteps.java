package org.residencedesk.service.permit;

import java.util.Set;
import org.residencedesk.domain.permit.ApplicantCircumstances;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.service.Operator;

/** Story steps through the real stage services as the demo account (ADR 0191): audit entries and events included. */
final class ServiceStorySteps implements StorySteps {
    private final PermitServices s;
    private final Operator demo;
    private final PermitDemoData.MovableClock clock;
    private final PermitDemoData.Settings settings;

    ServiceStorySteps(PermitServices s, Operator demo, PermitDemoData.MovableClock clock,
                      PermitDemoData.Settings settings) {
        this.s = s;
        this.demo = demo;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public ApplicantCircumstances circumstances(long person) {
        return s.applications().checkEligibility(demo, person, ApplicationRequest.inPerson(null, Set.of()))
                .circumstances();
    }

    @Override
    public String submit(long person, ApplicationRequest request) {
        return s.applications().submit(demo, person, request).permit().id();
    }

    @Override
    public void accept(String id) {
        s.applications().accept(demo, id);
    }

    @Override
    public void approve(String id) {
        s.review().approve(demo, id);
    }

    @Override
    public void reject(String id, String reason) {
        s.review().reject(demo, id, reason);
    }

    @Override
    public void withdraw(String id, String note) {
        s.lifecycle().cancel(demo, id, CancellationReason.OTHER, note);
    }

    @Override
    public void print(String id, PrintSpec spec) {
        CardPrintJob job = s.cardProduction().print(demo, id, spec);
        s.cardProduction().markPrinted(demo, job, new PrintOutcome(DocumentType.PERMIT_CARD, PermitDemoData.DEMO_PRINTER,
                0, 1, PrintStatus.PRINTED, PermitDemoData.DEMO_PRINTER));
        settings.printed().accept(new PermitDemoData.PrintedCard(id, clock.day(), job.card()));
    }

    @Override
    public void issue(String id, Handover handover) {
        s.cardProduction().issue(demo, id, handover);
    }

    @Override
    public void endorse(String id) {
        s.lifecycle().endorse(demo, id);
    }

    @Override
    public void refreshLapses() {
        s.lifecycle().refreshLapses();
    }

    @Override
    public void replace(String id) {
        s.lifecycle().replace(demo, id, true);
    }

    @Override
    public void reissue(String id) {
        s.lifecycle().reissue(demo, id);
    }
}
