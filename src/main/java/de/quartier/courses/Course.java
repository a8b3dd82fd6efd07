package de.quartier.courses;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A language course at a provider: kind, level, start, weekly schedule, place, childcare and seats. */
@Entity
@Table(name = "courses_course")
class Course {

    /** Kinds of course (BAMF integration courses, DeuFöV job-related courses, courses run by volunteers). */
    enum Kind {
        GENERAL,
        YOUTH,
        PARENTS,
        LITERACY,
        INTENSIVE,
        JOB,
        VOLUNTEER;

        String messageKey() {
            return "courses.kind." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Course module / placement level. */
    enum Level {
        A1,
        A2,
        B1,
        B2,
        C1
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private long organisationId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    private Level level;

    private LocalDate startDate;
    private String weekdays;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private String address;
    private @Nullable Long districtId;
    private boolean childcare;
    private int seats;

    @Version
    private long version;

    protected Course() {}

    Course(long organisationId) {
        this.organisationId = organisationId;
    }

    void update(
            long organisationId,
            Kind kind,
            Level level,
            LocalDate startDate,
            Set<Schedule.Day> weekdays,
            LocalTime startsAt,
            LocalTime endsAt,
            String address,
            @Nullable Long districtId,
            boolean childcare,
            int seats) {
        this.organisationId = organisationId;
        this.kind = kind;
        this.level = level;
        this.startDate = startDate;
        this.weekdays = Schedule.storeDays(weekdays);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.address = address.strip();
        this.districtId = districtId;
        this.childcare = childcare;
        this.seats = seats;
    }

    /** The weekly slots (weekday × part of day) the course takes. */
    Set<String> slots() {
        return Schedule.slots(weekdays(), startsAt, endsAt);
    }

    Long id() {
        return id;
    }

    long organisationId() {
        return organisationId;
    }

    Kind kind() {
        return kind;
    }

    Level level() {
        return level;
    }

    LocalDate startDate() {
        return startDate;
    }

    Set<Schedule.Day> weekdays() {
        return Schedule.days(weekdays);
    }

    LocalTime startsAt() {
        return startsAt;
    }

    LocalTime endsAt() {
        return endsAt;
    }

    String address() {
        return address;
    }

    @Nullable
    Long districtId() {
        return districtId;
    }

    boolean childcare() {
        return childcare;
    }

    int seats() {
        return seats;
    }

    long version() {
        return version;
    }
}
