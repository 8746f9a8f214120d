package org.residencedesk.domain.station;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** The one station this installation serves. Several counters of a station share one row. */
@Entity
@Table(name = "STATION")
public class Station {
    /** Always 1: a database belongs to exactly one station. */
    @Id
    private short id = 1;

    @Column(name = "CODE", nullable = false, length = 12)
    private String code;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "DIVISION_CODE", nullable = false, length = 12)
    private String divisionCode;

    /** Demo stations hold synthetic people only and are never uploaded to the platform. */
    @Column(name = "DEMO", nullable = false)
    private boolean demo;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** 签发机关 printed on the permit cards; null for stations set up before it was asked (ADR 0168). */
    @Column(name = "ISSUING_AUTHORITY", length = 100)
    private String issuingAuthority;

    protected Station() {
    }

    public Station(StationCode code, String name, String divisionCode, boolean demo, Instant createdAt) {
        this(code, name, divisionCode, null, demo, createdAt);
    }

    public Station(StationCode code, String name, String divisionCode, String issuingAuthority, boolean demo,
                   Instant createdAt) {
        this.code = code.value();
        this.name = name;
        this.divisionCode = divisionCode;
        this.issuingAuthority = issuingAuthority;
        this.demo = demo;
        this.createdAt = createdAt;
    }

    public StationCode code() { return new StationCode(code); }

    public String name() { return name; }

    public String divisionCode() { return divisionCode; }

    public boolean isDemo() { return demo; }

    public Instant createdAt() { return createdAt; }

    /** The 签发机关 for the permit cards, e.g. 武汉市公安局洪山分局; empty until an administrator sets it. */
    public Optional<String> issuingAuthority() { return Optional.ofNullable(issuingAuthority); }

    /** Sets the 签发机关 (the caller validates and audits it). */
    public void changeIssuingAuthority(String authority) { this.issuingAuthority = authority; }
}
