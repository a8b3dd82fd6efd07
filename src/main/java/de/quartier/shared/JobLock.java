package de.quartier.shared;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets only one node run a scheduled job: the node that moves the job's row forward runs it. Each module keeps its
 * own lock table ({@code name varchar primary key, locked_until timestamptz not null}); the row is created on
 * first use.
 */
public final class JobLock {

    private static final Logger log = LoggerFactory.getLogger(JobLock.class);

    private JobLock() {}

    /**
     * A daily job: if this node may run {@code job} now, runs {@code work} for each tenant; a failure in one tenant
     * is logged and the others still run.
     */
    public static void forEachTenant(
            JdbcTemplate jdbc,
            String table,
            String job,
            Duration hold,
            Collection<TenantInfo> tenants,
            Consumer<TenantInfo> work) {
        if (!claim(jdbc, table, job, Instant.now(), hold)) {
            return;
        }
        for (TenantInfo tenant : tenants) {
            try {
                work.accept(tenant);
            } catch (RuntimeException e) {
                log.warn("{} failed for tenant {}: {}", job, tenant.id(), e.toString());
            }
        }
    }

    /**
     * True if this node may run {@code job} now — nobody claimed it in the last {@code hold} — and then holds it
     * until {@code now + hold}. {@code table} is a constant of the calling module, never user input.
     */
    public static boolean claim(JdbcTemplate jdbc, String table, String job, Instant now, Duration hold) {
        jdbc.update(
                "insert into " + table + " (name, locked_until) values (?, '-infinity') on conflict (name) do nothing",
                job);
        return jdbc.update(
                        "update " + table + " set locked_until = ? where name = ? and locked_until < ?",
                        Timestamp.from(now.plus(hold)),
                        job,
                        Timestamp.from(now))
                == 1;
    }
}
