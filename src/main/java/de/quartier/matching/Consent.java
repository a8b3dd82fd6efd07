package de.quartier.matching;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A newcomer's consent to one purpose: who recorded it, when, which consent text; revocable. */
@Entity
@Table(name = "matching_consent")
class Consent {

    enum Purpose {
        /** Storing the profile and looking for a mentor. */
        MATCHING,
        /** Passing name and contact to the assigned volunteer. */
        CONTACT_TO_VOLUNTEER;

        String messageKey() {
            return "matching.consent." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The version of the consent text currently shown (see messages matching.consent.text.*). */
    static final String TEXT_VERSION = "2026-11";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long newcomerId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String textVersion;
    private Instant givenAt;
    private String recordedBy;
    private @Nullable Instant revokedAt;
    private @Nullable String revokedBy;

    protected Consent() {}

    Consent(long newcomerId, Purpose purpose, String textVersion, Instant givenAt, String recordedBy) {
        this.newcomerId = newcomerId;
        this.purpose = purpose;
        this.textVersion = textVersion;
        this.givenAt = givenAt;
        this.recordedBy = recordedBy;
    }

    void revoke(String by) {
        if (revokedAt == null) {
            revokedAt = Instant.now();
            revokedBy = by;
        }
    }

    boolean active() {
        return revokedAt == null;
    }

    Long id() {
        return id;
    }

    Long newcomerId() {
        return newcomerId;
    }

    Purpose purpose() {
        return purpose;
    }

    String textVersion() {
        return textVersion;
    }

    Instant givenAt() {
        return givenAt;
    }

    String recordedBy() {
        return recordedBy;
    }

    @Nullable
    Instant revokedAt() {
        return revokedAt;
    }

    @Nullable
    String revokedBy() {
        return revokedBy;
    }
}
