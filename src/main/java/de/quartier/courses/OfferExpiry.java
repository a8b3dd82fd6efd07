package de.quartier.courses;

import de.quartier.accounts.TenantService;
import de.quartier.shared.JobLock;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes, offers open past their time expire and their seats move on. With several nodes only one runs
 * it at a time: a node runs the job only if it can move the lock row's {@code locked_until} forward; each offer's
 * expiry is itself conditional, so an overlapping run would not act twice either.
 */
@Component
class OfferExpiry {

    private static final Logger log = LoggerFactory.getLogger(OfferExpiry.class);
    static final String JOB = "offer-expiry";

    private final TenantService tenants;
    private final Placement placement;
    private final JdbcTemplate jdbc;

    OfferExpiry(TenantService tenants, Placement placement, JdbcTemplate jdbc) {
        this.tenants = tenants;
        this.placement = placement;
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${quartier.courses.expiry-interval:PT5M}")
    void run() {
        if (!claim(Instant.now(), Duration.ofMinutes(4))) {
            return;
        }
        int expired = expireAll(Instant.now());
        if (expired > 0) {
            log.info("course offers expired: {}", expired);
        }
    }

    /** Takes the job for a while; false if another node holds it. */
    boolean claim(Instant now, Duration hold) {
        return JobLock.claim(jdbc, "courses_job_lock", JOB, now, hold);
    }

    int expireAll(Instant now) {
        int expired = 0;
        for (TenantInfo tenant : tenants.all()) {
            expired += TenantContext.callAs(tenant, () -> placement.expire(now));
        }
        return expired;
    }
}
