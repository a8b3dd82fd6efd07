package de.quartier.matching;

import de.quartier.matching.MatchingPeople.LanguageSkill;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A newcomer (Neuzugewanderte/r) looking for a mentor. Minimal data on purpose: no religion, ethnicity or health.
 * Readable only by the tenant's coordinators, the referring social worker and an assigned volunteer.
 */
@Entity
@Table(name = "matching_newcomer")
class Newcomer {

    enum Status {
        WAITING,
        MATCHED,
        ENDED,
        ANONYMISED
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
    private @Nullable Long shelterId;
    private boolean householdMinors;
    private String needs = "";
    private String availability = "";
    private @Nullable String preferredGender;
    private @Nullable String preferredAgeBand;

    @Enumerated(EnumType.STRING)
    private Status status = Status.WAITING;

    private Instant waitingSince = Instant.now();
    private String referredBy;
    private @Nullable Instant anonymisedAt;

    @Version
    private long version;

    protected Newcomer() {}

    Newcomer(String name, String contact, String letterLanguage, String referredBy) {
        this.name = name.strip();
        this.contact = contact.strip();
        this.letterLanguage = letterLanguage;
        this.referredBy = referredBy.toLowerCase(java.util.Locale.ROOT);
        this.languages = "";
    }

    void profile(
            List<LanguageSkill> languages,
            @Nullable Long districtId,
            @Nullable Long shelterId,
            boolean householdMinors,
            Set<?> needs,
            Set<String> availability,
            @Nullable String preferredGender,
            @Nullable String preferredAgeBand) {
        this.languages = Profiles.storeLanguages(languages);
        this.districtId = districtId;
        this.shelterId = shelterId;
        this.householdMinors = householdMinors;
        this.needs = Profiles.store(needs);
        this.availability = Profiles.store(availability);
        this.preferredGender = preferredGender;
        this.preferredAgeBand = preferredAgeBand;
    }

    void waitingSince(Instant since) {
        this.waitingSince = since;
    }

    void status(Status status) {
        this.status = status;
    }

    /** Erases everything that identifies the person; what remains serves aggregate statistics only. */
    void anonymise() {
        this.name = "—";
        this.contact = "—";
        this.languages = "";
        this.shelterId = null;
        this.needs = "";
        this.availability = "";
        this.preferredGender = null;
        this.preferredAgeBand = null;
        this.referredBy = "—";
        this.status = Status.ANONYMISED;
        this.anonymisedAt = Instant.now();
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

    List<LanguageSkill> languages() {
        return Profiles.languages(languages);
    }

    @Nullable
    Long districtId() {
        return districtId;
    }

    @Nullable
    Long shelterId() {
        return shelterId;
    }

    boolean householdMinors() {
        return householdMinors;
    }

    Set<Profiles.Help> needs() {
        return Profiles.help(needs);
    }

    Set<String> availability() {
        return Profiles.codes(availability);
    }

    @Nullable
    String preferredGender() {
        return preferredGender;
    }

    @Nullable
    String preferredAgeBand() {
        return preferredAgeBand;
    }

    Status status() {
        return status;
    }

    Instant waitingSince() {
        return waitingSince;
    }

    String referredBy() {
        return referredBy;
    }

    long version() {
        return version;
    }
}
