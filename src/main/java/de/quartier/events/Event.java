package de.quartier.events;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An event: a one-off, several days long, or repeated weekly. Fields are package-private and read directly by the
 * module's services and views; writes go through {@link Organising} and {@link Registrations}.
 */
@Entity
@Table(name = "event")
class Event {

    enum Kind {
        CONFERENCE,
        WORKSHOP,
        NEIGHBOURHOOD,
        CONSULTATION,
        INFORMATION,
        OTHER
    }

    enum Audience {
        EVERYONE,
        FAMILIES,
        CHILDREN,
        YOUTH,
        SENIORS,
        NEWCOMERS,
        PROFESSIONALS
    }

    enum Status {
        DRAFT,
        PUBLISHED,
        CANCELLED
    }

    enum OrganiserType {
        TENANT,
        DISTRICT,
        ORGANISATION
    }

    /** A point of a conference's programme. */
    @Embeddable
    static class ProgrammeItem {
        Instant startsAt;
        String title;

        @Nullable
        String speakers;

        @Nullable
        String room;

        protected ProgrammeItem() {}

        ProgrammeItem(Instant startsAt, String title, @Nullable String speakers, @Nullable String room) {
            this.startsAt = startsAt;
            this.title = title;
            this.speakers = speakers;
            this.room = room;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @TenantId
    Long tenantId;

    UUID publicId = UUID.randomUUID();
    String title;
    String description = "";

    @Enumerated(EnumType.STRING)
    Kind kind;

    @Enumerated(EnumType.STRING)
    OrganiserType organiserType;

    @Nullable
    Long organiserId;

    String organiserName;

    @Nullable
    String placeName;

    @Nullable
    String street;

    @Nullable
    String postalCode;

    @Nullable
    String city;

    @Nullable
    String onlineUrl;

    Instant startsAt;
    Instant endsAt;

    @Nullable
    LocalDate weeklyUntil;

    @Enumerated(EnumType.STRING)
    Audience audience = Audience.EVERYONE;

    String languages = "de";
    String accessibility = "";
    long costCents;

    @Enumerated(EnumType.STRING)
    Status status = Status.DRAFT;

    boolean registration;

    @Nullable
    Instant registrationOpens;

    @Nullable
    Instant registrationCloses;

    @Nullable
    Integer capacity;

    boolean askOrganisation;
    boolean askNeeds;
    String workshops = "";
    String consentText = "";
    String review = "";
    boolean reviewPublished;
    Instant createdAt = Instant.now();
    Instant updatedAt = Instant.now();

    @ElementCollection
    @CollectionTable(name = "event_district", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "district_id")
    Set<Long> districtIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_programme_item", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    List<ProgrammeItem> programme = new ArrayList<>();

    @Version
    long version;

    protected Event() {}

    Event(String title, Kind kind, OrganiserType organiserType, @Nullable Long organiserId, String organiserName) {
        this.title = title;
        this.kind = kind;
        this.organiserType = organiserType;
        this.organiserId = organiserId;
        this.organiserName = organiserName;
    }

    List<String> languageList() {
        return Arrays.stream(languages.split(",")).filter(s -> !s.isBlank()).toList();
    }

    List<String> workshopList() {
        return workshops.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    boolean weekly() {
        return weeklyUntil != null;
    }

    /** When the last occurrence ends. */
    Instant lastEnd(ZoneId zone) {
        if (weeklyUntil == null) {
            return endsAt;
        }
        ZonedDateTime start = startsAt.atZone(zone);
        long weeks = java.time.temporal.ChronoUnit.WEEKS.between(start.toLocalDate(), weeklyUntil);
        return endsAt.atZone(zone).plusWeeks(Math.max(0, weeks)).toInstant();
    }

    /** Start instants of the occurrences that overlap [from, to). */
    List<Instant> occurrences(Instant from, Instant to, ZoneId zone) {
        List<Instant> starts = new ArrayList<>();
        ZonedDateTime start = startsAt.atZone(zone);
        java.time.Duration length = java.time.Duration.between(startsAt, endsAt);
        for (int week = 0; week < 520; week++) {
            ZonedDateTime s = start.plusWeeks(week);
            if (weeklyUntil != null && s.toLocalDate().isAfter(weeklyUntil)) {
                break;
            }
            if (!s.toInstant().isBefore(to)) {
                break;
            }
            if (s.toInstant().plus(length).isAfter(from)) {
                starts.add(s.toInstant());
            }
            if (weeklyUntil == null) {
                break;
            }
        }
        return starts;
    }

    boolean hasAddress() {
        return street != null || placeName != null;
    }

    boolean registrationOpenAt(Instant now) {
        return registration
                && status == Status.PUBLISHED
                && (registrationOpens == null || !now.isBefore(registrationOpens))
                && (registrationCloses == null || now.isBefore(registrationCloses))
                && now.isBefore(endsAt);
    }

    void touch() {
        updatedAt = Instant.now();
    }
}
