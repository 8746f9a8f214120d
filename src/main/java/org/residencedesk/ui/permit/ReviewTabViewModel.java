package org.residencedesk.ui.permit;

import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.service.Operator;
import org.residencedesk.service.permit.PermitListItem;
import org.residencedesk.service.permit.PermitServices;
import org.residencedesk.service.permit.PermitStep;
import org.residencedesk.ui.BackgroundWork;

/** 待审核: 审核通过, or 不予批准 with a reason and its notice. Refusals show in the error line. */
public final class ReviewTabViewModel {
    final PermitQueue queue;
    final ObjectProperty<PermitListItem> selected = new SimpleObjectProperty<>();
    final StringProperty rejectReason = new SimpleStringProperty("");
    /** Problems (error style). */
    final StringProperty message = new SimpleStringProperty("");
    /** Good news (normal style). */
    final StringProperty notice = new SimpleStringProperty("");

    private final PermitServices permits;
    private final Operator operator;
    private final PanelWork work;
    private final DocumentViewer viewer;

    public ReviewTabViewModel(PermitServices permits, Operator operator, BackgroundWork background,
                              DocumentViewer viewer) {
        this.permits = permits;
        this.operator = operator;
        this.work = new PanelWork(background);
        this.viewer = viewer;
        this.queue = new PermitQueue(p -> permits.queries().reviewQueue(operator, p, PermitAreaViewModel.PAGE_SIZE));
    }

    /** Reads a page of the queue. */
    public CompletableFuture<?> load(int page) {
        return work.load(queue, page, message::set);
    }

    /**
     * The question before 审核通过 of the selected application (naming the person and the acceptance number);
     * empty when nothing is selected — {@link #approve} then says so.
     */
    public java.util.Optional<String> approveQuestion() {
        PermitListItem item = selected.get();
        return item == null ? java.util.Optional.empty() : java.util.Optional.of(PermitFxml.text(
                "permitui.confirm.approve", item.name(), item.permit().acceptanceNumber()));
    }

    /** The question before 不予批准; empty when nothing is selected or no reason is given ({@link #reject} says so). */
    public java.util.Optional<String> rejectQuestion() {
        PermitListItem item = selected.get();
        String reason = rejectReason.get();
        return item == null || reason == null || reason.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(PermitFxml.text("permitui.confirm.reject", item.name(),
                        item.permit().acceptanceNumber(), reason.strip()));
    }

    /** 审核通过 of the selected application. */
    public CompletableFuture<PermitStep> approve() {
        PermitListItem item = selected.get();
        if (item == null) {
            failed(PermitFxml.text("permitui.selectFirst"));
            return CompletableFuture.completedFuture(null);
        }
        return work.run(() -> permits.review().approve(operator, item.permit().id()), step -> {
            succeeded(PermitFxml.text("permitui.review.approved", item.permit().acceptanceNumber()));
            work.load(queue, queue.page(), this::failed);
        }, this::failed);
    }

    /** 审核不通过 → 不予批准通知书 in the preview. */
    public CompletableFuture<PermitStep> reject() {
        PermitListItem item = selected.get();
        if (item == null) {
            failed(PermitFxml.text("permitui.selectFirst"));
            return CompletableFuture.completedFuture(null);
        }
        String reason = rejectReason.get();
        return work.run(() -> permits.review().reject(operator, item.permit().id(), reason), step -> {
            succeeded(PermitFxml.text("permitui.review.rejected", item.permit().acceptanceNumber()));
            rejectReason.set("");
            step.document().ifPresent(doc -> viewer.show(PermitFxml.text("permitui.preview.rejection"), doc));
            work.load(queue, queue.page(), this::failed);
        }, this::failed);
    }

    private void succeeded(String text) {
        message.set("");
        notice.set(text);
    }

    /** Refusals (PermissionDenied for a user without the reviewer right, a missing reason) in the error style. */
    private void failed(String text) {
        notice.set("");
        message.set(text);
    }
}
