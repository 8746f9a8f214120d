package org.residencedesk.domain.online;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * 互联网申办: a registration or permit pre-application a resident submitted online, received through
 * the platform inbox. It waits until the resident comes to the counter, proves identity with the ID
 * card, and staff turn it into the real record (or refuse it). The submitted form stays as JSON.
 */
@Entity
@Table(name = "ONLINE_APPLICATION")
public class OnlineApplication {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The platform's reference of the pre-application: receiving it twice stores it once. */
    @Column(name = "PLATFORM_REF", nullable = false, unique = true, length = 64)
    private String platformRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private OnlineKind kind;

    @Column(name = "ID_NUMBER", nullable = false, length = 18)
    private String idNumber;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Lob
    @Column(name = "FORM_JSON", nullable = false)
    private String formJson;

    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private OnlineStatus status;

    @Column(name = "VERIFIED_AT")
    private Instant verifiedAt;

    @Column(name = "VERIFIED_BY", length = 32)
    private String verifiedBy;

    @Column(name = "CLOSED_AT")
    private Instant closedAt;

    @Column(name = "CLOSED_BY", length = 32)
    private String closedBy;

    @Column(name = "CLOSE_NOTE", length = 200)
    private String closeNote;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected OnlineApplication() {
    }

    public OnlineApplication(String platformRef, OnlineKind kind, String idNumber, String name, String formJson,
                             Instant receivedAt) {
        this.platformRef = Objects.requireNonNull(platformRef, "platformRef");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.idNumber = Objects.requireNonNull(idNumber, "idNumber");
        this.name = Objects.requireNonNull(name, "name");
        this.formJson = Objects.requireNonNull(formJson, "formJson");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.status = OnlineStatus.PENDING;
    }

    /** The swiped card matched: from now on the counter may convert it. */
    public void verified(String by, Instant at) {
        requireOpen();
        status = OnlineStatus.VERIFIED;
        verifiedBy = by;
        verifiedAt = at;
    }

    public void done(String by, Instant at, String note) {
        if (status != OnlineStatus.VERIFIED) {
            throw new IllegalStateException("only a verified pre-application can be completed");
        }
        close(OnlineStatus.DONE, by, at, note);
    }

    public void rejected(String by, Instant at, String note) {
        requireOpen();
        close(OnlineStatus.REJECTED, by, at, note);
    }

    private void close(OnlineStatus to, String by, Instant at, String note) {
        status = to;
        closedBy = by;
        closedAt = at;
        closeNote = note;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new IllegalStateException("pre-application " + id + " is already " + status);
        }
    }

    public Long id() { return id; }

    public String platformRef() { return platformRef; }

    public OnlineKind kind() { return kind; }

    public String idNumber() { return idNumber; }

    public String name() { return name; }

    public String formJson() { return formJson; }

    public Instant receivedAt() { return receivedAt; }

    public OnlineStatus status() { return status; }

    public Instant verifiedAt() { return verifiedAt; }

    public String verifiedBy() { return verifiedBy; }

    public Instant closedAt() { return closedAt; }

    public String closedBy() { return closedBy; }

    public String closeNote() { return closeNote; }

    @Override
    public String toString() {
        return "OnlineApplication[" + id + " " + kind + " " + status + "]";
    }
}
