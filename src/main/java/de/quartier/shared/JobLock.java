package de.quartier.shared;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets only one node run a scheduled job: the node that moves the job's row forward runs it. Each module keeps its
 * own lock table ({@code name varchar primary key, locked_until timestamptz not null}); the row is created on
 * first use.
 */
public final class JobLock {

    private JobLock() {}

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
