package de.quartier.matching;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** "I would like a mentor": sent through the public form, waiting until a coordinator confirms or discards it. */
@Entity
@Table(name = "matching_request")
class MentorRequest {

    enum Status {
        PENDING,
        CONFIRMED,
        DISCARDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private String name;
    private String contact;
    private String letterLanguage;
    private String languages;
    private @Nullable Long districtId;
    private boolean householdMinors;
    private String needs = "";
    private String availability = "";
    private @Nullable String preferredGender;
    private String consentVersion;
    private Instant createdAt = Instant.now();

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    @Version
    private long version;

    protected MentorRequest() {}

    MentorRequest(
            String name,
            String contact,
            String letterLanguage,
            String languages,
            @Nullable Long districtId,
            boolean householdMinors,
            String needs,
            String availability,
            @Nullable String preferredGender,
            String consentVersion) {
        this.name = name;
        this.contact = contact;
        this.letterLanguage = letterLanguage;
        this.languages = languages;
        this.districtId = districtId;
        this.householdMinors = householdMinors;
        this.needs = needs;
        this.availability = availability;
        this.preferredGender = preferredGender;
        this.consentVersion = consentVersion;
    }

    void decide(Status status) {
        this.status = status;
        if (status == Status.DISCARDED) {
            // nothing of a discarded request is kept
            this.name = "—";
            this.contact = "—";
        }
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String contact() {
        return contact;
    }

    String letterLanguage() {
        return letterLanguage;
    }

    String languages() {
        return languages;
    }

    @Nullable
    Long districtId() {
        return districtId;
    }

    boolean householdMinors() {
        return householdMinors;
    }

    String needs() {
        return needs;
    }

    String availability() {
        return availability;
    }

    @Nullable
    String preferredGender() {
        return preferredGender;
    }

    String consentVersion() {
        return consentVersion;
    }

    Instant createdAt() {
        return createdAt;
    }

    Status status() {
        return status;
    }
}
