package de.quartier.accounts;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password and code guessing: after {@value #MAX_FAILURES} failed attempts (wrong password or wrong
 * second factor) an account is locked for 15 minutes; a complete sign-in resets the count. Counts are kept on
 * the account row and changed under a row lock, so parallel attempts cannot slip past the limit.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    /** Failed attempts since the last success, and until when the account is locked. */
    record State(int failures, @Nullable Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        /** One more failure: the fifth locks the account and starts counting afresh. */
        State afterFailure(Instant now) {
            int count = lockedUntil != null && !lockedAt(now) ? 1 : failures + 1;
            return count >= MAX_FAILURES ? new State(0, now.plus(LOCK_DURATION)) : new State(count, lockedUntil);
        }
    }

    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isLocked(long userId) {
        return state(userId, false).lockedAt(Instant.now());
    }

    /** Records a failed attempt; true if it has just locked the account. Committed even if the caller fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean recordFailure(long userId) {
        Instant now = Instant.now();
        State before = state(userId, true);
        State after = before.afterFailure(now);
        jdbc.sql("update app_user set failed_login_count = ?, locked_until = ? where id = ?")
                .params(
                        after.failures(),
                        after.lockedUntil() == null ? null : Timestamp.from(after.lockedUntil()),
                        userId)
                .update();
        return after.lockedAt(now) && !before.lockedAt(now);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void reset(long userId) {
        jdbc.sql("update app_user set failed_login_count = 0, locked_until = null where id = ?")
                .param(userId)
                .update();
    }

    private State state(long userId, boolean forUpdate) {
        return jdbc.sql("select failed_login_count, locked_until from app_user where id = ?"
                        + (forUpdate ? " for update" : ""))
                .param(userId)
                .query((rs, n) -> {
                    Timestamp until = rs.getTimestamp(2);
                    return new State(rs.getInt(1), until == null ? null : until.toInstant());
                })
                .optional()
                .orElse(new State(0, null));
    }
}
