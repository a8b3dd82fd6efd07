package de.quartier.accompaniment;

import de.quartier.accompaniment.Suitability.Verdict;
import de.quartier.accounts.AuditLog;
import de.quartier.accounts.MailService;
import de.quartier.accounts.TenantService;
import de.quartier.matching.MatchingPeople;
import de.quartier.matching.MatchingPeople.VolunteerRef;
import de.quartier.shared.JobLock;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily jobs of accompaniment, per tenant: the digest (each suitable volunteer gets one mail listing the open
 * requests posted since their last digest — never one mail per request, never newcomer data) and retention
 * (requests that ended longer ago than {@code quartier.accompaniment.retention} lose the newcomer link and free
 * texts; kind, date, district and hours stay for statistics). With several nodes only one node runs the jobs:
 * it must move the row in {@code accompaniment_job_lock} forward first.
 */
@Component
class AccompanimentJobs {

    static final String JOB = "accompaniment.daily";
    /** A volunteer's first digest lists the requests of the last day. */
    static final Duration FIRST_DIGEST = Duration.ofDays(1);

    private final TenantService tenants;
    private final AccompanimentRepository requests;
    private final AccompanimentService service;
    private final MatchingPeople people;
    private final MailService mail;
    private final AuditLog audit;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Duration retention;

    AccompanimentJobs(
            TenantService tenants,
            AccompanimentRepository requests,
            AccompanimentService service,
            MatchingPeople people,
            MailService mail,
            AuditLog audit,
            MessageSource messages,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            @Value("${quartier.accompaniment.retention:P183D}") Duration retention) {
        this.tenants = tenants;
        this.requests = requests;
        this.service = service;
        this.people = people;
        this.mail = mail;
        this.audit = audit;
        this.messages = messages;
        this.jdbc = jdbc;
        this.tx = tx;
        this.retention = retention;
    }

    @Scheduled(cron = "${quartier.accompaniment.digest-cron:0 0 7 * * *}", zone = "Europe/Berlin")
    void daily() {
        JobLock.forEachTenant(
                jdbc,
                "accompaniment_job_lock",
                JOB,
                Duration.ofHours(20),
                tenants.all(),
                t -> runFor(t, Instant.now()));
    }

    /** One tenant's digest and retention, as of {@code now}. */
    void runFor(TenantInfo tenant, Instant now) {
        TenantContext.runAs(tenant, () -> {
            int mails = digest(tenant, now);
            int anonymised = retain(tenant, now);
            if (mails + anonymised > 0) {
                audit.record(
                        "accompaniment.daily",
                        "tenant:" + tenant.id(),
                        "digests=" + mails + " anonymised=" + anonymised);
            }
        });
    }

    /** Sends each suitable volunteer one mail with the open requests posted since their last digest. */
    int digest(TenantInfo tenant, Instant now) {
        Locale locale = tenant.defaultLocale();
        DateTimeFormatter date = DateTimeFormatter.ofPattern("EEE dd.MM.yyyy", locale);
        return tx.execute(s -> {
            List<Accompaniment> open = service.suitableOpenForDigest(now.minus(Duration.ofDays(366)));
            if (open.isEmpty()) {
                return 0;
            }
            Map<Long, Instant> last = new HashMap<>();
            jdbc.query(
                    "select volunteer_id, last_sent_at from accompaniment_digest where tenant_id = ?",
                    rs -> {
                        last.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                    },
                    tenant.id());
            Map<Long, double[]> centres = service.centres();
            Map<Long, Long> busy = service.openPerVolunteer();
            Map<Long, String> districtNames = service.districtNames();
            int sent = 0;
            for (VolunteerRef v : people.volunteers()) {
                if (!v.active()) {
                    continue;
                }
                Instant since = last.getOrDefault(v.id(), now.minus(FIRST_DIGEST));
                List<String> lines = new ArrayList<>();
                for (Accompaniment a : open) {
                    if (a.createdAt().isAfter(since)
                            && !a.createdAt().isAfter(now)
                            && service.verdict(v, a, centres, busy) == Verdict.SUITABLE) {
                        lines.add("- "
                                + messages.getMessage(a.kind().messageKey(), null, locale)
                                + ", " + date.format(a.onDate()) + " " + a.startsAt() + "–" + a.endsAt()
                                + ", " + districtNames.getOrDefault(a.districtId(), "–")
                                + ", " + Locale.forLanguageTag(a.language()).getDisplayLanguage(locale));
                    }
                }
                if (lines.isEmpty()) {
                    continue;
                }
                String subject =
                        messages.getMessage("accompaniment.mail.digest.subject", new Object[] {lines.size()}, locale);
                String body = messages.getMessage(
                        "accompaniment.mail.digest.body",
                        new Object[] {
                            v.displayName(), String.join("\n", lines), "/" + tenant.slug() + "/ehrenamt/begleitungen"
                        },
                        locale);
                mail.send(v.email(), subject, body);
                jdbc.update(
                        "insert into accompaniment_digest (tenant_id, volunteer_id, last_sent_at) values (?, ?, ?)"
                                + " on conflict (tenant_id, volunteer_id)"
                                + " do update set last_sent_at = excluded.last_sent_at",
                        tenant.id(),
                        v.id(),
                        Timestamp.from(now));
                sent++;
            }
            return sent;
        });
    }

    /** Anonymises requests that ended (or whose day passed) longer ago than the retention period. */
    int retain(TenantInfo tenant, Instant now) {
        Instant cutoff = now.minus(retention);
        LocalDate cutoffDay = ZonedDateTime.ofInstant(cutoff, tenant.zone()).toLocalDate();
        return tx.execute(s -> {
            int n = 0;
            for (Accompaniment a : requests.findByAnonymisedFalseAndEndedAtBefore(cutoff)) {
                service.anonymise(a);
                n++;
            }
            for (Accompaniment a : requests.findByAnonymisedFalseAndOnDateBefore(cutoffDay)) {
                if (!a.anonymised()) {
                    if (!a.status().ended()) {
                        a.status(Accompaniment.Status.CANCELLED);
                    }
                    service.anonymise(a);
                    n++;
                }
            }
            return n;
        });
    }
}
