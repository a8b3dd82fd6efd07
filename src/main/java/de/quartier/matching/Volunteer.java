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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A volunteer (Ehrenamtliche/r) with the profile matching uses and the safeguarding record for work with minors. */
@Entity
@Table(name = "matching_volunteer")
class Volunteer {

    enum Status {
        /** Signed up on the public page; neither matched nor offered anything until a coordinator confirms. */
        PENDING,
        ACTIVE,
        PAUSED,
        ENDED
    }

    /** An extended police certificate counts for this many years after its issue date. */
    static final int CERTIFICATE_YEARS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private @Nullable Long accountId;
    private String email;
    private String displayName;
    private @Nullable String phone;
    private String languages;
    private @Nullable Long districtId;
    private int travelKm;
    private String availability = "";
    private String interests = "";
    private String helpKinds = "";
    private @Nullable String ageBand;
    private @Nullable String gender;
    private int capacity;

    @Enumerated(EnumType.STRING)
    private Status status = Status.ACTIVE;

    private Instant registeredAt = Instant.now();
    private @Nullable Instant activityEndedAt;
    private @Nullable LocalDate certificateIssuedOn;
    private @Nullable Boolean certificateRelevantEntry;
    private @Nullable String certificateInspectedBy;
    private @Nullable LocalDate certificateInspectedOn;
    private @Nullable String consentVersion;
    private @Nullable Instant consentAt;

    @Version
    private long version;

    protected Volunteer() {}

    Volunteer(String email, String displayName) {
        this.email = email.strip().toLowerCase(java.util.Locale.ROOT);
        this.displayName = displayName.strip();
        this.languages = "";
        this.capacity = 1;
        this.travelKm = 5;
    }

    /** Signed up themselves, agreeing to this privacy text version: waits for a coordinator's confirmation. */
    static Volunteer signedUp(String email, String displayName, long accountId, @Nullable String consentVersion) {
        Volunteer v = new Volunteer(email, displayName);
        v.accountId = accountId;
        v.status = Status.PENDING;
        v.consentVersion = consentVersion;
        v.consentAt = Instant.now();
        return v;
    }

    void profile(
            @Nullable String phone,
            List<LanguageSkill> languages,
            @Nullable Long districtId,
            int travelKm,
            Set<String> availability,
            Set<String> interests,
            Set<?> helpKinds,
            @Nullable String ageBand,
            @Nullable String gender,
            int capacity) {
        this.phone = phone;
        this.languages = Profiles.storeLanguages(languages);
        this.districtId = districtId;
        this.travelKm = travelKm;
        this.availability = Profiles.store(availability);
        this.interests = Profiles.store(interests);
        this.helpKinds = Profiles.store(helpKinds);
        this.ageBand = ageBand;
        this.gender = gender;
        this.capacity = capacity;
    }

    void displayName(String name) {
        this.displayName = name.strip();
    }

    void linkAccount(long accountId) {
        this.accountId = accountId;
    }

    void certificate(LocalDate issuedOn, boolean relevantEntry, String inspectedBy, LocalDate inspectedOn) {
        this.certificateIssuedOn = issuedOn;
        this.certificateRelevantEntry = relevantEntry;
        this.certificateInspectedBy = inspectedBy;
        this.certificateInspectedOn = inspectedOn;
    }

    void forgetCertificate() {
        this.certificateIssuedOn = null;
        this.certificateRelevantEntry = null;
        this.certificateInspectedBy = null;
        this.certificateInspectedOn = null;
    }

    /** Erases the person on request; the row stays (without personal data) for the tandems' statistics. */
    void anonymise() {
        this.email = "erased-" + id + "@invalid";
        this.displayName = "—";
        this.phone = null;
        this.accountId = null;
        this.languages = "";
        this.availability = "";
        this.interests = "";
        this.helpKinds = "";
        this.ageBand = null;
        this.gender = null;
        forgetCertificate();
        status(Status.ENDED);
    }

    /** Valid for work with minors: inspected, no relevant entry, issued within the last five years. */
    boolean certificateValidOn(LocalDate day) {
        return certificateIssuedOn != null
                && Boolean.FALSE.equals(certificateRelevantEntry)
                && !certificateIssuedOn.plusYears(CERTIFICATE_YEARS).isBefore(day);
    }

    void status(Status status) {
        this.status = status;
        this.activityEndedAt = status == Status.ENDED ? Instant.now() : null;
    }

    Long id() {
        return id;
    }

    @Nullable
    Long accountId() {
        return accountId;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    @Nullable
    String phone() {
        return phone;
    }

    List<LanguageSkill> languages() {
        return Profiles.languages(languages);
    }

    @Nullable
    Long districtId() {
        return districtId;
    }

    int travelKm() {
        return travelKm;
    }

    Set<String> availability() {
        return Profiles.codes(availability);
    }

    Set<String> interests() {
        return Profiles.codes(interests);
    }

    Set<Profiles.Help> helpKinds() {
        return Profiles.help(helpKinds);
    }

    @Nullable
    String ageBand() {
        return ageBand;
    }

    @Nullable
    String gender() {
        return gender;
    }

    int capacity() {
        return capacity;
    }

    Status status() {
        return status;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    @Nullable
    Instant activityEndedAt() {
        return activityEndedAt;
    }

    @Nullable
    LocalDate certificateIssuedOn() {
        return certificateIssuedOn;
    }

    @Nullable
    Boolean certificateRelevantEntry() {
        return certificateRelevantEntry;
    }

    @Nullable
    String certificateInspectedBy() {
        return certificateInspectedBy;
    }

    @Nullable
    LocalDate certificateInspectedOn() {
        return certificateInspectedOn;
    }

    @Nullable
    String consentVersion() {
        return consentVersion;
    }

    @Nullable
    Instant consentAt() {
        return consentAt;
    }

    long version() {
        return version;
    }
}
