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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A mentorship (Patenschaft): proposed → first meeting → trial → active → ended (with a reason). */
@Entity
@Table(name = "matching_mentorship")
class Mentorship {

    enum Status {
        PROPOSED,
        FIRST_MEETING,
        TRIAL,
        ACTIVE,
        ENDED;

        /** The statuses that follow this one (ENDED is always possible until ended). */
        Set<Status> next() {
            return switch (this) {
                case PROPOSED -> EnumSet.of(FIRST_MEETING, ENDED);
                case FIRST_MEETING -> EnumSet.of(TRIAL, ENDED);
                case TRIAL -> EnumSet.of(ACTIVE, ENDED);
                case ACTIVE -> EnumSet.of(ENDED);
                case ENDED -> EnumSet.noneOf(Status.class);
            };
        }

        boolean running() {
            return this != ENDED;
        }

        String messageKey() {
            return "matching.status." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    enum EndReason {
        COMPLETED,
        NO_CONTACT,
        MOVED_AWAY,
        NOT_A_FIT,
        VOLUNTEER_STOPPED,
        NEWCOMER_STOPPED;

        String messageKey() {
            return "matching.endReason." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final int CHECK_IN_WEEKS = 4;
    static final int REVIEW_MONTHS = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long volunteerId;
    private @Nullable Long newcomerId;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PROPOSED;

    private String coordinatorEmail;

    private Instant proposedAt = Instant.now();
    private @Nullable LocalDate firstMeetingOn;
    private @Nullable String meetingDetails;
    private @Nullable Instant trialFrom;
    private @Nullable Instant activeFrom;
    private @Nullable Instant endedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable EndReason endReason;

    private @Nullable LocalDate nextCheckIn;
    private @Nullable LocalDate reviewDue;
    private boolean reviewSent;
    private @Nullable Long districtId;
    private int waitedDays;

    @Version
    private long version;

    protected Mentorship() {}

    Mentorship(
            long volunteerId,
            long newcomerId,
            String coordinatorEmail,
            @Nullable Long districtId,
            int waitedDays,
            LocalDate today) {
        this.volunteerId = volunteerId;
        this.coordinatorEmail = coordinatorEmail;
        this.newcomerId = newcomerId;
        this.districtId = districtId;
        this.waitedDays = waitedDays;
        this.nextCheckIn = today.plusWeeks(CHECK_IN_WEEKS);
        this.reviewDue = today.plusMonths(REVIEW_MONTHS);
    }

    /** Moves to the next status; false (nothing changed) if that is not a step allowed from here. */
    boolean moveTo(Status to, @Nullable EndReason reason, LocalDate today) {
        if (!status.next().contains(to) || (to == Status.ENDED && reason == null)) {
            return false;
        }
        status = to;
        switch (to) {
            case TRIAL -> trialFrom = Instant.now();
            case ACTIVE -> activeFrom = Instant.now();
            case ENDED -> {
                endedAt = Instant.now();
                endReason = reason;
                nextCheckIn = null;
            }
            default -> {}
        }
        return true;
    }

    void meeting(@Nullable LocalDate on, @Nullable String details) {
        this.firstMeetingOn = on;
        this.meetingDetails = details;
    }

    void checkInSent(LocalDate today) {
        this.nextCheckIn = today.plusWeeks(CHECK_IN_WEEKS);
    }

    void reviewSent() {
        this.reviewSent = true;
    }

    /** After retention: the link to the newcomer goes, the anonymous figures stay. */
    void forgetNewcomer() {
        this.newcomerId = null;
        this.meetingDetails = null;
    }

    Long id() {
        return id;
    }

    Long volunteerId() {
        return volunteerId;
    }

    @Nullable
    Long newcomerId() {
        return newcomerId;
    }

    Status status() {
        return status;
    }

    String coordinatorEmail() {
        return coordinatorEmail;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    @Nullable
    LocalDate firstMeetingOn() {
        return firstMeetingOn;
    }

    @Nullable
    String meetingDetails() {
        return meetingDetails;
    }

    @Nullable
    Instant endedAt() {
        return endedAt;
    }

    @Nullable
    EndReason endReason() {
        return endReason;
    }

    @Nullable
    LocalDate nextCheckIn() {
        return nextCheckIn;
    }

    @Nullable
    LocalDate reviewDue() {
        return reviewDue;
    }

    boolean reviewSentAlready() {
        return reviewSent;
    }

    @Nullable
    Long districtId() {
        return districtId;
    }

    int waitedDays() {
        return waitedDays;
    }

    long version() {
        return version;
    }
}
