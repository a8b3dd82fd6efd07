package de.quartier.matching;

import de.quartier.accounts.AuditLog;
import de.quartier.accounts.MailService;
import de.quartier.accounts.TenantService;
import de.quartier.shared.JobLock;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily jobs of matching, per tenant: check-in reminders every four weeks and the six-month review (mails to
 * volunteer and coordinator), erasure of ended mentorships' personal data after the retention period, and
 * deletion of safeguarding records after a volunteer's activity ended. With several nodes only one runs a job:
 * it must move the job's row in {@code matching_job_lock} forward first.
 */
@Component
class MatchingJobs {

    static final String JOB = "matching.daily";

    private final TenantService tenants;
    private final MentorshipRepository mentorships;
    private final VolunteerRepository volunteers;
    private final NewcomerRepository newcomers;
    private final NewcomerFiles files;
    private final MailService mail;
    private final AuditLog audit;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Duration retention;
    private final Duration certificateGrace;

    MatchingJobs(
            TenantService tenants,
            MentorshipRepository mentorships,
            VolunteerRepository volunteers,
            NewcomerRepository newcomers,
            NewcomerFiles files,
            MailService mail,
            AuditLog audit,
            MessageSource messages,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            @Value("${quartier.matching.retention:P183D}") Duration retention,
            @Value("${quartier.matching.certificate-grace:P89D}") Duration certificateGrace) {
        this.tenants = tenants;
        this.mentorships = mentorships;
        this.volunteers = volunteers;
        this.newcomers = newcomers;
        this.files = files;
        this.mail = mail;
        this.audit = audit;
        this.messages = messages;
        this.jdbc = jdbc;
        this.tx = tx;
        this.retention = retention;
        this.certificateGrace = certificateGrace;
    }

    @Scheduled(cron = "${quartier.matching.jobs-cron:0 15 6 * * *}", zone = "Europe/Berlin")
    void daily() {
        JobLock.forEachTenant(
                jdbc, "matching_job_lock", JOB, Duration.ofHours(20), tenants.all(), t -> runFor(t, Instant.now()));
    }

    /** One tenant's reminders and retention, as of {@code now} (tests pass a later instant). */
    void runFor(TenantInfo tenant, Instant now) {
        TenantContext.runAs(tenant, () -> runInTenant(tenant, now));
    }

    private void runInTenant(TenantInfo tenant, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, tenant.zone());
        var locale = tenant.defaultLocale();
        tx.executeWithoutResult(s -> {
            for (Mentorship m :
                    mentorships.findByStatusNotAndNextCheckInLessThanEqual(Mentorship.Status.ENDED, today)) {
                volunteers.findById(m.volunteerId()).ifPresent(v -> {
                    String subject = messages.getMessage("matching.mail.checkIn.subject", null, locale);
                    String body = messages.getMessage(
                            "matching.mail.checkIn.body",
                            new Object[] {v.displayName(), String.valueOf(m.id())},
                            locale);
                    mail.send(v.email(), subject, body);
                    mail.send(m.coordinatorEmail(), subject, body);
                });
                m.checkInSent(today);
            }
            for (Mentorship m : mentorships.findByStatusNotAndReviewSentFalseAndReviewDueLessThanEqual(
                    Mentorship.Status.ENDED, today)) {
                volunteers.findById(m.volunteerId()).ifPresent(v -> {
                    String subject = messages.getMessage("matching.mail.review.subject", null, locale);
                    String body = messages.getMessage(
                            "matching.mail.review.body",
                            new Object[] {v.displayName(), String.valueOf(m.id())},
                            locale);
                    mail.send(v.email(), subject, body);
                    mail.send(m.coordinatorEmail(), subject, body);
                });
                m.reviewSent();
            }
            int erased = 0;
            for (Mentorship m : mentorships.findByStatusAndEndedAtBeforeAndNewcomerIdNotNull(
                    Mentorship.Status.ENDED, now.minus(retention))) {
                Long newcomerId = m.newcomerId();
                boolean stillRunning = mentorships.findByNewcomerId(newcomerId).stream()
                        .anyMatch(x -> x.status().running());
                var newcomer = newcomers.findById(newcomerId).orElse(null);
                if (newcomer != null && !stillRunning && newcomer.status() != Newcomer.Status.WAITING) {
                    files.erase(newcomer);
                    erased++;
                } else {
                    m.forgetNewcomer();
                }
            }
            int certificates = 0;
            for (Volunteer v : volunteers.findByStatusAndActivityEndedAtBefore(
                    Volunteer.Status.ENDED, now.minus(certificateGrace))) {
                if (v.certificateIssuedOn() != null) {
                    v.forgetCertificate();
                    certificates++;
                }
            }
            if (erased + certificates > 0) {
                audit.record(
                        "matching.retention",
                        "tenant:" + tenant.id(),
                        "newcomers=" + erased + " certificates=" + certificates);
            }
        });
    }
}
